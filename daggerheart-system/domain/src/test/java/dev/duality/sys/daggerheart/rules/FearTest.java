package dev.duality.sys.daggerheart.rules;

import dev.duality.core.value.ValueRejection;
import dev.duality.sys.daggerheart.gm.api.GmFear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_AMOUNT_NEGATIVE;
import static dev.duality.sys.daggerheart.rules.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class FearTest {

    // SRD: Fear max 12; the excess is lost
    @ParameterizedTest(name = "{0} + {1}: {2}, gained {3}, lost {4}")
    @CsvSource({
            " 0,  1,  1,  1, 0",
            " 4,  1,  5,  1, 0",
            "11,  1, 12,  1, 0",
            "12,  1, 12,  0, 1",
            "10,  4, 12,  2, 2",
            " 5,  0,  5,  0, 0",
            " 0, 12, 12, 12, 0",
            " 0, 15, 12, 12, 3",
            " 3,  5,  8,  5, 0"})
    void fearGainsStopAtTwelve(int before, int amount, int after, int gained, int lost) {
        assertThat(Fear.gain(new GmFear(before), amount))
                .isEqualTo(new Fear.FearGained(new GmFear(after), gained, lost));
    }

    @Test
    void aRollWithFearAtTwelveLosesTheFearButStillHappens() {
        DualityRolls.DualityOutcome outcome = DualityRolls.resolve(new DualityRoll(2, 9, 0, null, 0, 10, false));
        Fear.FearGained fear = Fear.gain(new GmFear(12), outcome.fearGained());
        assertThat(outcome.result()).isEqualTo(DualityResult.SUCCESS_WITH_FEAR);
        assertThat(outcome.gmMove()).isEqualTo(GmMove.MINOR);
        assertThat(fear).isEqualTo(new Fear.FearGained(new GmFear(12), 0, 1));
    }

    @Test
    void negativeGainsAndMissingPoolsAreRefused() {
        assertRefused(() -> Fear.gain(new GmFear(3), -1), DAGGERHEART_AMOUNT_NEGATIVE, "amount");
        assertRefused(() -> Fear.gain(null, 1), ValueRejection.VALUE_REQUIRED, "before");
    }
}
