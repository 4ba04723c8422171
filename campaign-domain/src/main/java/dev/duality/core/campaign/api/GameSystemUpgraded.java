package dev.duality.core.campaign.api;

/** {@code campaign.game_system_upgraded}: the campaign plays {@code toVersion} of its game system from here on. */
public record GameSystemUpgraded(CampaignId campaignId, String systemId, String fromVersion, String toVersion) {
}
