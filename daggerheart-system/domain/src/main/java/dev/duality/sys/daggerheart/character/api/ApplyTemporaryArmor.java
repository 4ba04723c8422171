package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.rules.TemporaryArmor;

/**
 * {@code sys.daggerheart.character_temporary_armor.apply}: a feature or effect raises the character's Armor Score for
 * a while, adding Armor Slots that vanish when it ends (the next short or long rest, the end of the session or of the
 * scene). The Armor Score with it may not pass 12.
 */
public record ApplyTemporaryArmor(CampaignId campaignId, CharacterId characterId, TemporaryArmor armor)
        implements CharacterCommand {
    public ApplyTemporaryArmor {
        Values.required(campaignId, "campaign_id");
        Values.required(characterId, "character_id");
        Values.required(armor, "armor");
    }
}
