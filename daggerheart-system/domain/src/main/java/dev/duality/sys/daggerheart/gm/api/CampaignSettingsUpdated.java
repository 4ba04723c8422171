package dev.duality.sys.daggerheart.gm.api;

import dev.duality.core.campaign.api.CampaignId;

/** {@code sys.daggerheart.campaign_settings_updated}: the campaign's optional rules as they now are. */
public record CampaignSettingsUpdated(CampaignId campaignId, boolean massiveDamage) {
}
