package dev.duality.core.session.api;

import dev.duality.core.campaign.api.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code session.spotlight.clear}: take the spotlight off. */
public record ClearSpotlight(CampaignId campaignId, SessionId sessionId, FreeText reason) implements CampaignScoped {
    /** The session whose play stream decides this command. */
    @TargetAggregateIdentifier
    public SessionStreamId sessionStreamId() {
        return SessionStreamId.of(campaignId, sessionId);
    }
}
