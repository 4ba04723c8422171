package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_AMOUNT_NEGATIVE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DIFFICULTY_OUT_OF_RANGE;

/** Guard clauses shared by the rules, so each refusal carries the same code wherever it happens. */
final class Checks {
    private Checks() {
    }

    /** Counts and amounts (damage, Hope gained, slots to clear...) are never negative. */
    static int notNegative(int amount, String field) {
        Rejected.unless(amount >= 0, DAGGERHEART_AMOUNT_NEGATIVE, field, field + " must not be negative, was " + amount);
        return amount;
    }

    /** A Difficulty (of a roll, or of rolls against an adversary) is 1..{@value DualityRoll#MAX_DIFFICULTY}. */
    static int difficulty(int difficulty, String field) {
        Rejected.unless(difficulty >= 1 && difficulty <= DualityRoll.MAX_DIFFICULTY, DAGGERHEART_DIFFICULTY_OUT_OF_RANGE,
                field, field + " must be between 1 and " + DualityRoll.MAX_DIFFICULTY + ", was " + difficulty);
        return difficulty;
    }
}
