package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;

import java.util.Set;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DAMAGE_TYPE_REQUIRED;

/**
 * An adversary's standard attack: its name, its range and the damage it deals on a success, e.g. "Bite: Melee,
 * 1d10+2 phy".
 *
 * @param damageTypes physical, magic or both
 */
public record StandardAttack(String name, Range range, DamageDice damage, Set<DamageType> damageTypes) {
    public static final int MAX_NAME_LENGTH = 64;

    public StandardAttack {
        name = Values.name(name, "name", MAX_NAME_LENGTH);
        Values.required(range, "range");
        Values.required(damage, "damage");
        damageTypes = Set.copyOf(Values.elements(damageTypes, "damage_types"));
        Rejected.unless(!damageTypes.isEmpty(), DAGGERHEART_DAMAGE_TYPE_REQUIRED, "damage_types",
                "an attack's damage must be physical, magic or both");
    }

}
