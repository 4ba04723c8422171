package dev.duality.core.campaign.api;

/** {@code campaign.ended}: the campaign is completed. */
public record CampaignEnded(CampaignId campaignId) {
}
