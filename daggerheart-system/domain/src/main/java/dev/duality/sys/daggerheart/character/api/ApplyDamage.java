package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.rules.DamageType;

import java.util.Set;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ATTACK_DAMAGE_GIVEN;

/**
 * {@code sys.daggerheart.damage.apply}: one incoming damage (the total of one attack or source) to one character.
 * Immunity and resistance first, then the character's thresholds set the HP to mark, then at most one Armor Slot
 * lowers it one band (not for direct damage). With the campaign's massive damage rule on, 2 × Severe marks 4 HP.
 * Damage from an adversary's attack names the attack roll instead of an amount: the amount and types are the ones the
 * roll recorded against this character, applied once, and only if it hit.
 *
 * @param amount        the damage rolled, 0 or more; null when it comes from {@code attackRollSeq}
 * @param damageTypes   physical, magic or both; null when they come from {@code attackRollSeq}
 * @param resistances   types the character resists now (features, effects)
 * @param immunities    types the character is immune to now
 * @param direct        direct damage: Armor Slots can't reduce it
 * @param markArmorSlot the character marks an Armor Slot, if it can and it helps
 * @param source        what dealt it, e.g. {@code ogre_club}
 * @param rollSeq       the damage roll, if any; none with {@code attackRollSeq}, whose roll holds the damage dice
 * @param attackRollSeq the adversary attack roll the damage comes from, or null
 */
public record ApplyDamage(CampaignId campaignId, CharacterId characterId, Integer amount, Set<DamageType> damageTypes,
                          Set<DamageType> resistances, Set<DamageType> immunities, boolean direct,
                          boolean markArmorSlot, ShortCode source, Long rollSeq, Long attackRollSeq)
        implements CharacterCommand {
    public static final int MAX_AMOUNT = 1000;

    public ApplyDamage {
        Values.required(campaignId, "campaign_id");
        Values.required(characterId, "character_id");
        requireAmountOrAttack(amount, damageTypes, rollSeq, attackRollSeq);
        damageTypes = damageTypes == null ? null : Set.copyOf(Values.elements(damageTypes, "damage_types"));
        resistances = resistances == null ? Set.of() : Set.copyOf(Values.elements(resistances, "resistances"));
        immunities = immunities == null ? Set.of() : Set.copyOf(Values.elements(immunities, "immunities"));
    }

    /**
     * Damage names its amount and types (0..{@value #MAX_AMOUNT}), or the adversary attack roll they come from, never
     * both: the attack recorded them, and a second source could disagree with it.
     */
    public static void requireAmountOrAttack(Integer amount, Set<DamageType> damageTypes, Long rollSeq,
                                             Long attackRollSeq) {
        if (attackRollSeq == null) {
            Values.range(Values.required(amount, "amount"), 0, MAX_AMOUNT, "amount");
            Values.required(damageTypes, "damage_types");
            return;
        }
        notWithAttack(amount, "amount");
        notWithAttack(damageTypes, "damage_types");
        notWithAttack(rollSeq, "roll_seq");
    }

    private static void notWithAttack(Object value, String field) {
        Rejected.unless(value == null, DAGGERHEART_ATTACK_DAMAGE_GIVEN, field,
                field + " comes from the attack roll: leave it out with attack_roll_seq");
    }
}
