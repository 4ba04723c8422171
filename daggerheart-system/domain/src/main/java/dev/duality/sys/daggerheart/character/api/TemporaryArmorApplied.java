package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.sys.daggerheart.rules.TemporaryArmor;

import java.util.List;

/**
 * {@code sys.daggerheart.character_temporary_armor_applied}: temporary armor took effect.
 *
 * @param applied         what was applied (source, duration, amount)
 * @param temporaryArmor  every temporary armor in effect afterwards
 * @param armorScore      the Armor Score afterwards, temporary slots included: the number of Armor Slots
 * @param armorMarked     Armor Slots marked (unchanged)
 */
public record TemporaryArmorApplied(CampaignId campaignId, CharacterId characterId, TemporaryArmor applied,
                                    List<TemporaryArmor> temporaryArmor, int armorScore, int armorMarked) {
}
