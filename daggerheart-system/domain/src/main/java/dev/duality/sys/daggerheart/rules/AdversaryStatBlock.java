package dev.duality.sys.daggerheart.rules;

import dev.duality.core.campaign.api.Name;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;
import dev.duality.core.value.Wire;

import java.util.List;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_MODIFIER_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_STAT_BLOCK_INVALID;

/**
 * An adversary's stat block, as the SRD prints it: what the GM needs to run it. The type decides which parts it has:
 * a minion has no thresholds, exactly 1 HP and its Minion (X) value; a horde has its creatures per HP and the reduced
 * damage of its Horde (X) passive; every other type has thresholds and neither.
 *
 * @param tier           1..4, the tier of PCs it is built to oppose
 * @param difficulty     the Difficulty of rolls against it (1..100)
 * @param thresholds     Major and Severe; null for a minion
 * @param hpMax          HP slots, 1..12 (the SRD's largest is 12)
 * @param stressMax      Stress slots, 1..12
 * @param attackModifier added to its d20 attack roll, {@value #MIN_ATTACK_MODIFIER}..{@value #MAX_ATTACK_MODIFIER}
 * @param minionValue    the X of Minion (X): for every X damage dealt, one more minion in range is defeated; null
 *                       unless a minion
 * @param horde          a horde's parts; null unless a horde
 * @param features       actions, reactions and passives, as written
 * @param experiences    optional Experiences the GM may add to its rolls for a Fear
 */
public record AdversaryStatBlock(String name, int tier, AdversaryType type, int difficulty,
                                 DamageThresholds thresholds, int hpMax, int stressMax, int attackModifier,
                                 StandardAttack standardAttack, Integer minionValue, Horde horde,
                                 List<AdversaryFeature> features, List<Experience> experiences) {
    public static final int MIN_TIER = 1;
    public static final int MAX_TIER = 4;
    /** Far beyond the SRD's -4..+8, so a typo is still caught. */
    public static final int MIN_ATTACK_MODIFIER = -20;
    public static final int MAX_ATTACK_MODIFIER = 20;
    /** A minion has 1 HP: any damage defeats it. */
    public static final int MINION_HP = 1;
    /** Beyond the SRD's largest Minion (13). */
    public static final int MAX_MINION_VALUE = 20;
    public static final int MAX_FEATURES = 20;
    public static final int MAX_EXPERIENCES = 10;

    public AdversaryStatBlock {
        name = Values.name(name, "name", Name.MAX_LENGTH);
        Values.range(tier, MIN_TIER, MAX_TIER, "tier");
        Values.required(type, "type");
        Checks.difficulty(difficulty, "difficulty");
        boolean minion = type == AdversaryType.MINION;
        if (minion) {
            Rejected.unless(thresholds == null, DAGGERHEART_STAT_BLOCK_INVALID, "thresholds",
                    "a minion has no damage thresholds: any damage defeats it");
        } else {
            Values.required(thresholds, "thresholds");
        }
        new HitPoints(0, hpMax);
        Rejected.unless(!minion || hpMax == MINION_HP, DAGGERHEART_STAT_BLOCK_INVALID, "hp_max",
                "a minion has exactly " + MINION_HP + " HP, was " + hpMax);
        new StressSlots(0, stressMax);
        Rejected.unless(attackModifier >= MIN_ATTACK_MODIFIER && attackModifier <= MAX_ATTACK_MODIFIER,
                DAGGERHEART_MODIFIER_OUT_OF_RANGE, "attack_modifier", "attack_modifier must be between "
                        + MIN_ATTACK_MODIFIER + " and " + MAX_ATTACK_MODIFIER + ", was " + attackModifier);
        Values.required(standardAttack, "standard_attack");
        if (minion) {
            Values.range(Values.required(minionValue, "minion_value"), 1, MAX_MINION_VALUE, "minion_value");
        } else {
            Rejected.unless(minionValue == null, DAGGERHEART_STAT_BLOCK_INVALID, "minion_value",
                    "only a minion has a minion value; this is a " + Wire.name(type));
        }
        if (type == AdversaryType.HORDE) {
            Values.required(horde, "horde");
        } else {
            Rejected.unless(horde == null, DAGGERHEART_STAT_BLOCK_INVALID, "horde",
                    "only a horde has horde parts; this is a " + Wire.name(type));
        }
        features = features == null ? List.of() : Values.elements(features, "features");
        Values.range(features.size(), 0, MAX_FEATURES, "features");
        experiences = experiences == null ? List.of() : Values.elements(experiences, "experiences");
        Values.range(experiences.size(), 0, MAX_EXPERIENCES, "experiences");
    }

    public boolean minion() {
        return type == AdversaryType.MINION;
    }
}
