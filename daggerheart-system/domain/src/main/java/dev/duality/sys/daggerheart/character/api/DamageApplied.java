package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.sys.daggerheart.rules.ArmorSlotUse;
import dev.duality.sys.daggerheart.rules.DamageType;
import dev.duality.sys.daggerheart.rules.Severity;

import java.util.Set;

/**
 * {@code sys.daggerheart.damage_applied}: one damage resolved against one character, with everything the pipeline
 * decided and the tracks after.
 *
 * @param amount              the damage as dealt
 * @param mitigatedAmount     after immunity and resistance, as compared with the thresholds
 * @param severityBeforeArmor the band by the thresholds
 * @param severity            the band after any Armor Slot
 * @param hpMarks             HP the damage marked (0..4; fewer if the track was nearly full)
 * @param armorSpent          Armor Slots marked (0 or 1)
 * @param armorSlotUse        whether a slot was used and, if not, why
 * @param lastHpMarked        this damage marked the character's last HP: they fall and choose a death move
 * @param attackRollSeq       the adversary attack roll the damage came from, or null
 */
public record DamageApplied(CampaignId campaignId, CharacterId characterId, int amount, Set<DamageType> damageTypes,
                            int mitigatedAmount, Severity severityBeforeArmor, Severity severity, int hpMarks,
                            int armorSpent, ArmorSlotUse armorSlotUse, boolean resisted, boolean immune,
                            boolean direct, boolean massive, int majorThreshold, int severeThreshold, int hpMarked,
                            int stressMarked, int armorMarked, boolean lastHpMarked, LifeState lifeState,
                            ShortCode source, Long rollSeq, Long attackRollSeq) {
}
