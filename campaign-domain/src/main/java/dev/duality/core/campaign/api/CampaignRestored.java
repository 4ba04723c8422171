package dev.duality.core.campaign.api;

/** {@code campaign.restored}: the campaign is back in draft. */
public record CampaignRestored(CampaignId campaignId) {
}
