package dev.duality.core.session.api;

import dev.duality.core.campaign.api.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code session.spotlight.set}: put the spotlight on the GM or on one character. */
public record SetSpotlight(CampaignId campaignId, SessionId sessionId, SpotlightType spotlightType,
                           CharacterId characterId) implements CampaignScoped {
    /** The session whose play stream decides this command. */
    @TargetAggregateIdentifier
    public SessionStreamId sessionStreamId() {
        return SessionStreamId.of(campaignId, sessionId);
    }
}
