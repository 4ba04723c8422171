package dev.duality.core.campaign.api;

/** {@code campaign.archived}: the campaign is archived. */
public record CampaignArchived(CampaignId campaignId) {
}
