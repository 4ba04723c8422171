package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.sys.daggerheart.rules.ConditionSet;

/** {@code sys.daggerheart.condition_changed}: a character's conditions after a change, and what it added and removed. */
public record ConditionChanged(CampaignId campaignId, CharacterId characterId, ConditionSet conditions,
                               ConditionSet added, ConditionSet removed, ShortCode source) {
}
