package dev.duality.core.campaign.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code campaign.end}: an active campaign is completed. */
public record EndCampaign(@TargetAggregateIdentifier CampaignId campaignId) implements CampaignScoped {
}
