package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;

import java.util.Optional;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DIE_OUT_OF_RANGE;

/** The rest and downtime rules, as pure functions. */
public final class Rests {
    /** Each PC makes two downtime moves per rest (the same move may be taken twice). */
    public static final int MOVES_PER_REST = 2;
    /** The Elf's Celestial Trance: one more downtime move. */
    public static final int ELF_MOVES_PER_REST = MOVES_PER_REST + 1;
    /** After three short rests in a row, the next rest must be a long one. */
    public static final int MAX_SHORT_RESTS_IN_A_ROW = 3;
    /** The recovery die of a short rest's moves, and the Fear die of a rest. */
    public static final int REST_DIE_SIDES = 4;

    private Rests() {
    }

    /**
     * What a rest gives once it is over: an interrupted short rest gives nothing (empty), an interrupted long rest gives
     * a short rest's benefits.
     */
    public static Optional<RestType> benefits(RestType taken, boolean interrupted) {
        if (!interrupted) {
            return Optional.of(taken);
        }
        return taken == RestType.LONG ? Optional.of(RestType.SHORT) : Optional.empty();
    }

    /** A short rest is allowed only while fewer than three short rests came in a row. */
    public static boolean allowed(RestType taken, int shortRestsInARow) {
        Checks.notNegative(shortRestsInARow, "short_rests_in_a_row");
        return taken == RestType.LONG || shortRestsInARow < MAX_SHORT_RESTS_IN_A_ROW;
    }

    /**
     * Short rests in a row after this one: a long rest with its full benefits ends the run; a short rest's benefits
     * (a short rest, or an interrupted long one) extend it; a rest that gave nothing leaves it as it was.
     */
    public static int shortRestsInARowAfter(int before, Optional<RestType> benefits) {
        Checks.notNegative(before, "short_rests_in_a_row");
        return benefits.map(type -> type == RestType.LONG ? 0 : before + 1).orElse(before);
    }

    /** The GM's Fear from a rest: 1d4 on a short rest, 1d4 + the number of PCs on a long rest. */
    public static int fearGained(RestType benefits, int fearDie, int playerCharacters) {
        requireD4(fearDie, "fear_die");
        Checks.notNegative(playerCharacters, "player_characters");
        return benefits == RestType.LONG ? fearDie + playerCharacters : fearDie;
    }

    /**
     * Slots a recovery move clears: 1d4 + tier on a short rest; on a long rest every marked slot (given as
     * {@code marked}), no die.
     */
    public static int recovered(RestType benefits, Integer recoveryDie, int tier, int marked) {
        Checks.notNegative(marked, "marked");
        if (benefits == RestType.LONG) {
            return marked;
        }
        requireD4(recoveryDie, "recovery_die");
        return Math.min(marked, recoveryDie + tier);
    }

    /** Hope from Prepare: 1, or 2 each when two or more PCs prepare together. */
    public static int prepareHope(boolean together) {
        return together ? 2 : 1;
    }

    /** Downtime moves a PC of this ancestry makes per rest. */
    public static int movesPerRest(Ancestry ancestry) {
        return ancestry == Ancestry.ELF ? ELF_MOVES_PER_REST : MOVES_PER_REST;
    }

    /** Whether the move may be taken on a rest with these benefits: a project needs a long rest's. */
    public static boolean available(DowntimeMove move, RestType benefits) {
        return move != DowntimeMove.WORK_ON_A_PROJECT || benefits == RestType.LONG;
    }

    /** A d4's result, 1..4, naming the field it came in. */
    public static void requireD4(Integer die, String field) {
        Rejected.unless(die != null && die >= 1 && die <= REST_DIE_SIDES, DAGGERHEART_DIE_OUT_OF_RANGE, field,
                field + " must be a d4 result (1..4), was " + die);
    }
}
