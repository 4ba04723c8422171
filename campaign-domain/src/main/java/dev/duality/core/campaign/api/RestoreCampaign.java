package dev.duality.core.campaign.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code campaign.restore}: an archived campaign goes back to draft. */
public record RestoreCampaign(@TargetAggregateIdentifier CampaignId campaignId) implements CampaignScoped {
}
