package dev.duality.sys.daggerheart.rules;

import dev.duality.core.value.ValueRejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_TONE_REQUIRED;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_VALUE_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_RESULT_UNRESOLVED;
import static dev.duality.sys.daggerheart.rules.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class CountdownsTest {

    // SRD section 8 "Dynamic countdowns" table: result | progress | consequence
    @ParameterizedTest(name = "{0}: progress {1}, consequence {2}")
    @CsvSource({
            "FAILURE_WITH_FEAR, 0, 3",
            "FAILURE_WITH_HOPE, 0, 2",
            "SUCCESS_WITH_FEAR, 1, 1",
            "SUCCESS_WITH_HOPE, 2, 0",
            "CRITICAL_SUCCESS,  3, 0"})
    void dynamicCountdownsAdvanceByResult(DualityResult result, int progress, int consequence) {
        assertThat(Countdowns.dynamicAdvance(result)).isEqualTo(new Countdowns.DynamicAdvance(progress, consequence));
        // what one action roll advances a dynamic countdown: the column of its tone
        assertThat(Countdowns.rollAdvance(CountdownPolicy.ACTION_DYNAMIC, CountdownTone.PROGRESS, result))
                .isEqualTo(progress);
        assertThat(Countdowns.rollAdvance(CountdownPolicy.ACTION_DYNAMIC, CountdownTone.CONSEQUENCE, result))
                .isEqualTo(consequence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"WITH_HOPE", "WITH_FEAR"})
    void aRollWithoutDifficultyCannotDriveADynamicCountdown(DualityResult result) {
        assertRefused(() -> Countdowns.dynamicAdvance(result), DAGGERHEART_RESULT_UNRESOLVED, "result");
    }

    @Test
    void aResultIsRequired() {
        assertRefused(() -> Countdowns.dynamicAdvance(null), ValueRejection.VALUE_REQUIRED, "result");
    }

    // --- what one action roll advances -------------------------------------------------------------------------

    // SRD section 8: a standard countdown advances once per action roll, whatever its result
    @ParameterizedTest(name = "standard, {0}: 1")
    @EnumSource(DualityResult.class)
    void aStandardCountdownAdvancesOnePerActionRoll(DualityResult result) {
        for (CountdownTone tone : CountdownTone.values()) {
            assertThat(Countdowns.rollAdvance(CountdownPolicy.ACTION_STANDARD, tone, result)).isEqualTo(1);
        }
    }

    // SRD section 8 "Variants": long-term countdowns advance after rests, not rolls; manual ones only by the GM
    @ParameterizedTest(name = "{0}")
    @CsvSource({"MANUAL", "LONG_TERM"})
    void rollsLeaveManualAndLongTermCountdownsAlone(CountdownPolicy policy) {
        for (DualityResult result : DualityResult.values()) {
            assertThat(Countdowns.rollAdvance(policy, CountdownTone.CONSEQUENCE, result)).isZero();
        }
        assertThat(policy.drivenByRolls()).isFalse();
    }

    @Test
    void onlyStandardAndDynamicCountdownsAreDrivenByRolls() {
        assertThat(CountdownPolicy.ACTION_STANDARD.drivenByRolls()).isTrue();
        assertThat(CountdownPolicy.ACTION_DYNAMIC.drivenByRolls()).isTrue();
    }

    @Test
    void aDynamicCountdownNeedsAResultWithSuccessOrFailure() {
        assertRefused(() -> Countdowns.rollAdvance(CountdownPolicy.ACTION_DYNAMIC, CountdownTone.PROGRESS,
                DualityResult.WITH_HOPE), DAGGERHEART_RESULT_UNRESOLVED, "result");
    }

    @Test
    void aDynamicCountdownIsProgressOrConsequence() {
        assertRefused(() -> Countdowns.requireToneFor(CountdownPolicy.ACTION_DYNAMIC, CountdownTone.NEUTRAL),
                DAGGERHEART_COUNTDOWN_TONE_REQUIRED, "tone");
        assertRefused(() -> Countdowns.rollAdvance(CountdownPolicy.ACTION_DYNAMIC, CountdownTone.NEUTRAL,
                DualityResult.SUCCESS_WITH_HOPE), DAGGERHEART_COUNTDOWN_TONE_REQUIRED, "tone");
    }

    @ParameterizedTest(name = "{0} may be {1}")
    @CsvSource({"MANUAL, NEUTRAL", "ACTION_STANDARD, NEUTRAL", "LONG_TERM, PROGRESS", "ACTION_DYNAMIC, PROGRESS",
            "ACTION_DYNAMIC, CONSEQUENCE"})
    void otherCountdownsTakeAnyTone(CountdownPolicy policy, CountdownTone tone) {
        Countdowns.requireToneFor(policy, tone);
    }

    // --- advancing --------------------------------------------------------------------------------------------

    // SRD section 8: each advance lowers the countdown; it triggers at 0
    @ParameterizedTest(name = "{0} - {1} = {2}, advanced by {3}, triggered {4}")
    @CsvSource({"4, 1, 3, 1, false", "4, 3, 1, 3, false", "1, 1, 0, 1, true", "3, 3, 0, 3, true",
            "2, 3, 0, 2, true", "1, 100, 0, 1, true"})
    void anAdvanceLowersTheCountdownAndStopsAtZero(int remaining, int amount, int after, int advancedBy,
                                                   boolean triggered) {
        assertThat(Countdowns.advance(remaining, amount))
                .isEqualTo(new Countdowns.Advance(after, advancedBy, triggered));
    }

    // --- loops ------------------------------------------------------------------------------------------------

    // SRD section 8 "Variants": a looping countdown resets after triggering ("Loop 3"); increasing and decreasing
    // ones change their start value by 1 per loop
    @ParameterizedTest(name = "{0} from {1}: start {2}, remaining {3}, finished {4}")
    @CsvSource({
            "NONE,                 3, 3, 0, true",
            "RESET,                3, 3, 3, false",
            "RESET_INCREASE_START, 3, 4, 4, false",
            "RESET_DECREASE_START, 3, 2, 2, false",
            "RESET_DECREASE_START, 1, 1, 1, false",
            "RESET_INCREASE_START, 100, 100, 100, false"})
    void resolvingATriggerAppliesTheLoop(CountdownLoop loop, int start, int startAfter, int remaining,
                                         boolean finished) {
        assertThat(Countdowns.afterTrigger(loop, start))
                .isEqualTo(new Countdowns.AfterTrigger(startAfter, remaining, finished));
    }

    // --- values -----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1", "3", "100"})
    void aCountdownStartsAtOneToOneHundred(int value) {
        assertThat(Countdowns.requireStartingValue(value, "starting_value")).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0", "-1", "101"})
    void aStartingValueOutsideOneToOneHundredIsRefused(int value) {
        assertRefused(() -> Countdowns.requireStartingValue(value, "starting_value"),
                DAGGERHEART_COUNTDOWN_VALUE_OUT_OF_RANGE, "starting_value");
    }
}
