package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;

import java.util.EnumSet;
import java.util.Set;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ARMOR_SLOTS_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DAMAGE_TYPE_REQUIRED;

/**
 * One incoming damage (the total from one attack or source, summed before thresholds) and what the target brings to
 * it.
 *
 * @param amount              the rolled damage, 0 or more
 * @param types               physical, magic or both (never empty)
 * @param resistances         types the target resists
 * @param immunities          types the target is immune to
 * @param thresholds          the target's Major and Severe thresholds; null for a target without (a minion)
 * @param massiveDamageRule   the optional massive damage rule is on
 * @param direct              direct damage: Armor Slots can't reduce it
 * @param markArmorSlot       the target asks to mark an Armor Slot
 * @param armorSlotsAvailable the target's unmarked Armor Slots (0..12)
 */
public record IncomingDamage(int amount, Set<DamageType> types, Set<DamageType> resistances,
                             Set<DamageType> immunities, DamageThresholds thresholds, boolean massiveDamageRule,
                             boolean direct, boolean markArmorSlot, int armorSlotsAvailable) {
    public IncomingDamage {
        Checks.notNegative(amount, "amount");
        types = copy(types, "damage_types");
        Rejected.unless(!types.isEmpty(), DAGGERHEART_DAMAGE_TYPE_REQUIRED, "damage_types",
                "damage must be physical, magic or both");
        resistances = copy(resistances, "resistances");
        immunities = copy(immunities, "immunities");
        Rejected.unless(armorSlotsAvailable >= 0 && armorSlotsAvailable <= Defense.MAX_ARMOR_SCORE,
                DAGGERHEART_ARMOR_SLOTS_OUT_OF_RANGE, "armor_slots_available",
                "armor_slots_available must be between 0 and " + Defense.MAX_ARMOR_SCORE + ", was "
                        + armorSlotsAvailable);
    }

    private static Set<DamageType> copy(Set<DamageType> types, String field) {
        Values.required(types, field);
        Set<DamageType> copy = EnumSet.noneOf(DamageType.class);
        for (DamageType type : types) {
            copy.add(Values.required(type, field));
        }
        return Set.copyOf(copy);
    }
}
