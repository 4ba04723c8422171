package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_STRESS_OUT_OF_RANGE;

/**
 * A PC's Stress track: {@code max} slots (1..{@value #MAX_SLOTS}; every PC starts with 6) of which {@code marked} are
 * marked. With every slot marked the character is Vulnerable.
 */
public record StressSlots(int marked, int max) {
    public static final int MAX_SLOTS = 12;

    public StressSlots {
        Rejected.unless(max >= 1 && max <= MAX_SLOTS, DAGGERHEART_STRESS_OUT_OF_RANGE, "stress_max",
                "stress_max must be between 1 and " + MAX_SLOTS + ", was " + max);
        Rejected.unless(marked >= 0 && marked <= max, DAGGERHEART_STRESS_OUT_OF_RANGE, "stress_marked",
                "stress_marked must be between 0 and stress_max (" + max + "), was " + marked);
    }

    /** Every Stress slot is marked: the character is Vulnerable until they clear one. */
    public boolean allMarked() {
        return marked == max;
    }
}
