package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_TONE_REQUIRED;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_VALUE_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_RESULT_UNRESOLVED;

/**
 * Countdowns: a countdown starts at a value, each advance lowers it (never below 0), and its effect triggers at 0.
 * Standard countdowns advance 1 per action roll, dynamic ones by the roll's result, long-term ones after rests; a
 * looping countdown starts again once its trigger is resolved, an increasing or decreasing one from a starting value
 * 1 higher or lower.
 */
public final class Countdowns {
    /** A countdown starts at 1 or more ("Countdown (n)"). */
    public static final int MIN_STARTING_VALUE = 1;
    /** The most a countdown may start at: far beyond any the rules use, it keeps values sane. */
    public static final int MAX_STARTING_VALUE = 100;
    /** What one standard countdown advances per action roll. */
    public static final int STANDARD_ADVANCE = 1;

    private Countdowns() {
    }

    /** How far one roll advances a progress countdown and a consequence countdown. */
    public record DynamicAdvance(int progress, int consequence) {
    }

    /**
     * The dynamic countdown table: advances by result. It needs a success or failure, so a roll made without a
     * Difficulty (with Hope / with Fear only) is refused.
     */
    public static DynamicAdvance dynamicAdvance(DualityResult result) {
        Values.required(result, "result");
        return switch (result) {
            case FAILURE_WITH_FEAR -> new DynamicAdvance(0, 3);
            case FAILURE_WITH_HOPE -> new DynamicAdvance(0, 2);
            case SUCCESS_WITH_FEAR -> new DynamicAdvance(1, 1);
            case SUCCESS_WITH_HOPE -> new DynamicAdvance(2, 0);
            case CRITICAL_SUCCESS -> new DynamicAdvance(3, 0);
            case WITH_HOPE, WITH_FEAR -> throw new Rejected(DAGGERHEART_RESULT_UNRESOLVED, "result",
                    "a dynamic countdown needs a success or failure; the roll had no Difficulty");
        };
    }

    /**
     * How far one action roll advances a countdown: a standard one 1, a dynamic one its tone's column of the dynamic
     * table (refused without a success or failure), a manual or long-term one nothing.
     */
    public static int rollAdvance(CountdownPolicy policy, CountdownTone tone, DualityResult result) {
        Values.required(policy, "policy");
        return switch (policy) {
            case ACTION_STANDARD -> STANDARD_ADVANCE;
            case ACTION_DYNAMIC -> {
                requireToneFor(policy, tone);
                DynamicAdvance advance = dynamicAdvance(result);
                yield tone == CountdownTone.PROGRESS ? advance.progress() : advance.consequence();
            }
            case MANUAL, LONG_TERM -> 0;
        };
    }

    /** A dynamic countdown must lead somewhere: to progress or to a consequence. */
    public static void requireToneFor(CountdownPolicy policy, CountdownTone tone) {
        Values.required(tone, "tone");
        Rejected.unless(policy != CountdownPolicy.ACTION_DYNAMIC || tone != CountdownTone.NEUTRAL,
                DAGGERHEART_COUNTDOWN_TONE_REQUIRED, "tone",
                "a dynamic countdown is a progress or a consequence countdown, not neutral");
    }

    /** A starting value, 1..100, naming {@code field} when it is outside. */
    public static int requireStartingValue(int value, String field) {
        return requireWithin(value, MIN_STARTING_VALUE, MAX_STARTING_VALUE, field);
    }

    /** A value within {@code min..max}, or refused as out of a countdown's range, naming {@code field}. */
    public static int requireWithin(int value, int min, int max, String field) {
        Rejected.unless(value >= min && value <= max, DAGGERHEART_COUNTDOWN_VALUE_OUT_OF_RANGE, field,
                field + " must be between " + min + " and " + max + ", was " + value);
        return value;
    }

    /** An advance: the remaining value after it, how far it really went, and whether it reached 0. */
    public record Advance(int remainingAfter, int advancedBy, boolean triggered) {
    }

    /** Advances a countdown by {@code amount}: it stops at 0, and reaching 0 triggers it. */
    public static Advance advance(int remaining, int amount) {
        Checks.notNegative(remaining, "remaining");
        Checks.notNegative(amount, "amount");
        int after = Math.max(0, remaining - amount);
        return new Advance(after, remaining - after, remaining > 0 && after == 0);
    }

    /** A countdown after its trigger is resolved: its starting value, what remains, and whether it is finished. */
    public record AfterTrigger(int startingValue, int remaining, boolean finished) {
    }

    /**
     * Resolving a trigger applies the loop: no loop leaves the countdown at 0, finished; a loop starts it again from
     * its starting value, which an increasing countdown first raises by 1 (at most 100) and a decreasing one lowers
     * by 1 (never below 1).
     */
    public static AfterTrigger afterTrigger(CountdownLoop loop, int startingValue) {
        Values.required(loop, "loop");
        requireStartingValue(startingValue, "starting_value");
        return switch (loop) {
            case NONE -> new AfterTrigger(startingValue, 0, true);
            case RESET -> restart(startingValue);
            case RESET_INCREASE_START -> restart(Math.min(MAX_STARTING_VALUE, startingValue + 1));
            case RESET_DECREASE_START -> restart(Math.max(MIN_STARTING_VALUE, startingValue - 1));
        };
    }

    private static AfterTrigger restart(int startingValue) {
        return new AfterTrigger(startingValue, startingValue, false);
    }
}
