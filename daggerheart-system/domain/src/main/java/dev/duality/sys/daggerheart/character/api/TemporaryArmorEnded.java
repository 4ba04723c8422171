package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.sys.daggerheart.rules.EffectDuration;
import dev.duality.sys.daggerheart.rules.TemporaryArmor;

import java.util.List;

/**
 * {@code sys.daggerheart.character_temporary_armor_ended}: temporary armor ended and its slots vanished. Marks are kept
 * up to the Armor Score left; marks beyond it vanish with the slots ({@code armorMarksLost}).
 *
 * @param endedBy        what ended it: a short or long rest, the session or the scene
 * @param ended          the temporary armor that ended
 * @param temporaryArmor the temporary armor still in effect
 * @param armorScore     the Armor Score afterwards
 * @param armorMarked    Armor Slots marked afterwards
 * @param armorMarksLost marks that vanished with their slots
 */
public record TemporaryArmorEnded(CampaignId campaignId, CharacterId characterId, EffectDuration endedBy,
                                  List<TemporaryArmor> ended, List<TemporaryArmor> temporaryArmor, int armorScore,
                                  int armorMarked, int armorMarksLost) {
}
