package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;

/** {@code sys.daggerheart.level_up_granted}: the character may level up from {@code levelBefore} to {@code level}. */
public record LevelUpGranted(CampaignId campaignId, CharacterId characterId, int levelBefore, int level) {
}
