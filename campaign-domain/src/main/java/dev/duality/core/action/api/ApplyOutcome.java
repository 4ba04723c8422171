package dev.duality.core.action.api;

import dev.duality.core.campaign.api.*;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.session.api.SessionStreamId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code action.outcome.apply}: apply the outcome of a roll of the same session, exactly once. */
public record ApplyOutcome(CampaignId campaignId, SessionId sessionId, long rollSeq, String requestId,
                           java.util.List<CharacterId> targets, boolean requiresComplication, FreeText summary) implements CampaignScoped {
    /** The session whose play stream decides this command. */
    @TargetAggregateIdentifier
    public SessionStreamId sessionStreamId() {
        return SessionStreamId.of(campaignId, sessionId);
    }
}
