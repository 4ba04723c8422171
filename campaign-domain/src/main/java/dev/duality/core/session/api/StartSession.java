package dev.duality.core.session.api;

import dev.duality.core.campaign.api.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code session.start}: start a session once the table is ready; the first one activates the campaign. */
public record StartSession(@TargetAggregateIdentifier CampaignId campaignId, SessionId sessionId, Name name) implements CampaignScoped {
}
