package dev.duality.core.session.api;

import dev.duality.core.campaign.api.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code session.end}: end the active session. */
public record EndSession(@TargetAggregateIdentifier CampaignId campaignId, SessionId sessionId) implements CampaignScoped {
}
