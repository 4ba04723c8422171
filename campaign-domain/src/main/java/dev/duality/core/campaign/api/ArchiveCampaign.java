package dev.duality.core.campaign.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code campaign.archive}: an active or completed campaign is archived. */
public record ArchiveCampaign(@TargetAggregateIdentifier CampaignId campaignId) implements CampaignScoped {
}
