package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_AMOUNT_NEGATIVE;

/** Guard clauses shared by the rules, so each refusal carries the same code wherever it happens. */
final class Checks {
    private Checks() {
    }

    /** Counts and amounts (damage, Hope gained, slots to clear...) are never negative. */
    static int notNegative(int amount, String field) {
        Rejected.unless(amount >= 0, DAGGERHEART_AMOUNT_NEGATIVE, field, field + " must not be negative, was " + amount);
        return amount;
    }
}
