package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_HP_OUT_OF_RANGE;

/**
 * A PC's HP track as on the paper sheet: {@code max} slots (1..{@value #MAX_SLOTS}) of which {@code marked} are
 * marked. Marking the last one means the character falls and makes a death move.
 */
public record HitPoints(int marked, int max) {
    public static final int MAX_SLOTS = 12;

    public HitPoints {
        Rejected.unless(max >= 1 && max <= MAX_SLOTS, DAGGERHEART_HP_OUT_OF_RANGE, "hp_max",
                "hp_max must be between 1 and " + MAX_SLOTS + ", was " + max);
        Rejected.unless(marked >= 0 && marked <= max, DAGGERHEART_HP_OUT_OF_RANGE, "hp_marked",
                "hp_marked must be between 0 and hp_max (" + max + "), was " + marked);
    }

    /** Every HP slot is marked: the character has marked their last HP. */
    public boolean allMarked() {
        return marked == max;
    }
}
