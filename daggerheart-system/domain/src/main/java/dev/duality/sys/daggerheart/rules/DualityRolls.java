package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_EXPERIENCE_USED_TWICE;

/** Action and reaction rolls with the Duality Dice: the total, the result and what it sets in motion. */
public final class DualityRolls {
    private DualityRolls() {
    }

    /**
     * A resolved Duality roll.
     *
     * @param total          Hope die + Fear die ± the advantage d6 + modifier
     * @param advantage      the d6 as added: +d6, -d6 or 0
     * @param result         the SRD result (see {@link DualityResult})
     * @param hopeGained     Hope for the roller: 1 with Hope or on a critical action roll, else 0
     * @param stressCleared  Stress the roller clears: 1 on a critical action roll, else 0
     * @param fearGained     Fear for the GM: 1 on an action roll with Fear, else 0 (apply with {@link Fear#gain})
     * @param spotlightToGm  the spotlight swings to the GM: any failure or any result with Fear, never on a reaction
     * @param gmMove         the move the GM makes in response
     * @param effectsIgnored a critical reaction roll: the roller ignores the effects (damage, Stress) it would suffer
     */
    public record DualityOutcome(int total, int advantage, DualityResult result, int hopeGained, int stressCleared,
                                 int fearGained, boolean spotlightToGm, GmMove gmMove, boolean effectsIgnored) {
        /** Whether the GM makes a move at all (a minor or a major one). */
        public boolean gmMakesMove() {
            return gmMove != GmMove.NONE;
        }
    }

    /** What chosen Experiences add to a roll, and the Hope they cost. */
    public record ExperienceBonus(int hopeCost, int modifier) {
    }

    /** The Duality roll table (SRD action rolls), plus the reaction roll rules. */
    public static DualityOutcome resolve(DualityRoll roll) {
        Values.required(roll, "roll");
        int advantage = Integer.signum(roll.netAdvantage()) * (roll.advantageDie() == null ? 0 : roll.advantageDie());
        int total = roll.hopeDie() + roll.fearDie() + advantage + roll.modifier();
        DualityResult result = result(roll, total);
        boolean action = !roll.reaction();
        boolean critical = result == DualityResult.CRITICAL_SUCCESS;
        int hope = action && result.withHope() ? 1 : 0;
        int stress = action && critical ? 1 : 0;
        int fear = action && !result.withHope() ? 1 : 0;
        boolean spotlightToGm = action && (!result.withHope() || (result.resolved() && !result.succeeded()));
        return new DualityOutcome(total, advantage, result, hope, stress, fear, spotlightToGm,
                action ? gmMove(result) : GmMove.NONE, roll.reaction() && critical);
    }

    /**
     * A Blaze of Glory's final action: it critically succeeds whatever the dice show (the total is still the dice and
     * modifiers as rolled), so it gives what any critical action roll gives (+1 Hope, clear 1 Stress) and no Fear, GM
     * move or spotlight change.
     */
    public static DualityOutcome automaticCritical(DualityRoll roll) {
        Values.required(roll, "roll");
        DualityOutcome rolled = resolve(roll);
        return new DualityOutcome(rolled.total(), rolled.advantage(), DualityResult.CRITICAL_SUCCESS, 1, 1, 0, false,
                GmMove.NONE, false);
    }

    /**
     * Spending Hope on Experiences: 1 Hope each, adding each one's modifier. One Experience can't be used twice on the
     * same roll; names are compared ignoring case.
     */
    public static ExperienceBonus experienceBonus(List<Experience> chosen) {
        Values.required(chosen, "experiences");
        Set<String> names = new HashSet<>();
        int modifier = 0;
        for (int i = 0; i < chosen.size(); i++) {
            Experience experience = Values.required(chosen.get(i), "experiences[" + i + "]");
            Rejected.unless(names.add(experience.name().toLowerCase(Locale.ROOT)), DAGGERHEART_EXPERIENCE_USED_TWICE,
                    "experiences", "experience " + experience.name() + " is used twice on one roll");
            modifier += experience.modifier();
        }
        return new ExperienceBonus(chosen.size(), modifier);
    }

    private static DualityResult result(DualityRoll roll, int total) {
        if (roll.hopeDie() == roll.fearDie()) {
            return DualityResult.CRITICAL_SUCCESS; // matching dice succeed whatever the total
        }
        boolean withHope = roll.hopeDie() > roll.fearDie();
        if (roll.difficulty() == null) {
            return withHope ? DualityResult.WITH_HOPE : DualityResult.WITH_FEAR;
        }
        if (total >= roll.difficulty()) {
            return withHope ? DualityResult.SUCCESS_WITH_HOPE : DualityResult.SUCCESS_WITH_FEAR;
        }
        return withHope ? DualityResult.FAILURE_WITH_HOPE : DualityResult.FAILURE_WITH_FEAR;
    }

    private static GmMove gmMove(DualityResult result) {
        return switch (result) {
            case CRITICAL_SUCCESS, SUCCESS_WITH_HOPE, WITH_HOPE -> GmMove.NONE;
            // with Fear and no Difficulty: treated like a success with Fear, the milder Fear result
            case SUCCESS_WITH_FEAR, FAILURE_WITH_HOPE, WITH_FEAR -> GmMove.MINOR;
            case FAILURE_WITH_FEAR -> GmMove.MAJOR;
        };
    }
}
