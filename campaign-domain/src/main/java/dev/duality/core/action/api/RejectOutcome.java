package dev.duality.core.action.api;

import dev.duality.core.campaign.api.*;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.session.api.SessionStreamId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code action.outcome.reject}: record that a roll's outcome will not be applied, and why. */
public record RejectOutcome(CampaignId campaignId, SessionId sessionId, long rollSeq, ShortCode reasonCode,
                            FreeText message) implements CampaignScoped {
    /** The session whose play stream decides this command. */
    @TargetAggregateIdentifier
    public SessionStreamId sessionStreamId() {
        return SessionStreamId.of(campaignId, sessionId);
    }
}
