package dev.duality.sys.daggerheart.rules;

import dev.duality.core.value.ValueRejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
