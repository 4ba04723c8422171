package dev.duality.core.campaign.api;

/** {@code campaign.activated}: a draft campaign became active; emitted by the first session start. */
public record CampaignActivated(CampaignId campaignId) {
}
