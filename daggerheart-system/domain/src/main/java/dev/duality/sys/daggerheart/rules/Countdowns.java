package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_RESULT_UNRESOLVED;

/** Countdowns driven by action rolls. */
public final class Countdowns {
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
}
