package dev.duality.sys.daggerheart.rules;

import dev.duality.core.value.Values;

/**
 * What makes a horde a horde: "Horde (2/HP)" on the type line (how many creatures each HP stands for, 1..10 in the
 * SRD) and the Horde (X) passive, the damage its standard attack deals instead once half or more of its HP is marked.
 *
 * @param creaturesPerHp creatures per HP, {@value #MIN_CREATURES_PER_HP}..{@value #MAX_CREATURES_PER_HP}
 * @param reducedDamage  the X of Horde (X), e.g. 1d4+2: the standard attack's damage once half the HP is marked
 */
public record Horde(int creaturesPerHp, DamageDice reducedDamage) {
    public static final int MIN_CREATURES_PER_HP = 1;
    public static final int MAX_CREATURES_PER_HP = 10;

    public Horde {
        Values.range(creaturesPerHp, MIN_CREATURES_PER_HP, MAX_CREATURES_PER_HP, "creatures_per_hp");
        Values.required(reducedDamage, "reduced_damage");
    }
}
