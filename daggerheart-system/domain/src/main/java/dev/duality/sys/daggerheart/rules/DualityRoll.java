package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ADVANTAGE_DIE_MISMATCH;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DIE_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_MODIFIER_OUT_OF_RANGE;

/**
 * A Duality roll as rolled: the Hope and Fear d12s, the net advantage with its d6, the flat modifier and what it is
 * rolled against.
 *
 * @param hopeDie      the Hope d12 (1..12)
 * @param fearDie      the Fear d12 (1..12)
 * @param netAdvantage advantage dice minus disadvantage dice; they cancel one for one and whatever is left, in either
 *                     direction, is a single d6
 * @param advantageDie that d6 (1..6), present exactly when {@code netAdvantage} is not 0
 * @param modifier     trait + Experiences + other flat modifiers, summed by the caller (-100..100)
 * @param difficulty   the Difficulty (1..100), or null when the roll has none
 * @param reaction     a reaction roll: no Hope, Fear, Stress clearing, spotlight change or GM move
 */
public record DualityRoll(int hopeDie, int fearDie, int netAdvantage, Integer advantageDie, int modifier,
                          Integer difficulty, boolean reaction) {
    public static final int DUALITY_DIE_SIDES = 12;
    public static final int ADVANTAGE_DIE_SIDES = 6;
    public static final int MAX_MODIFIER = 100;
    /** Far above the SRD's highest Difficulty benchmark (30), so a typo is still caught. */
    public static final int MAX_DIFFICULTY = 100;

    public DualityRoll {
        requireDie(hopeDie, DUALITY_DIE_SIDES, "hope_die");
        requireDie(fearDie, DUALITY_DIE_SIDES, "fear_die");
        Rejected.unless((netAdvantage != 0) == (advantageDie != null), DAGGERHEART_ADVANTAGE_DIE_MISMATCH,
                "advantage_die", netAdvantage == 0 ? "advantage_die must be left out when advantage and disadvantage "
                        + "cancel out" : "advantage_die is required with a net advantage of " + netAdvantage);
        if (advantageDie != null) {
            requireDie(advantageDie, ADVANTAGE_DIE_SIDES, "advantage_die");
        }
        Rejected.unless(modifier >= -MAX_MODIFIER && modifier <= MAX_MODIFIER, DAGGERHEART_MODIFIER_OUT_OF_RANGE,
                "modifier", "modifier must be between " + -MAX_MODIFIER + " and " + MAX_MODIFIER + ", was " + modifier);
        if (difficulty != null) {
            Checks.difficulty(difficulty, "difficulty");
        }
    }

    private static void requireDie(int value, int sides, String field) {
        Rejected.unless(value >= 1 && value <= sides, DAGGERHEART_DIE_OUT_OF_RANGE, field,
                field + " must be between 1 and " + sides + ", was " + value);
    }
}
