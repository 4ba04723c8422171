package dev.duality.sys.daggerheart.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_THRESHOLDS_INVALID;
import static dev.duality.sys.daggerheart.rules.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class DamageThresholdsTest {

    @ParameterizedTest(name = "{0}/{1}: {2}")
    @CsvSource({"0, 2, major", "-1, 5, major", "3, 3, severe", "5, 4, severe"})
    void thresholdsNeedMajorOfOneOrMoreAndSevereAboveMajor(int major, int severe, String field) {
        assertRefused(() -> new DamageThresholds(major, severe), DAGGERHEART_THRESHOLDS_INVALID, field);
    }

    @Test
    void theSmallestRealThresholdsAreUnarmoredLevelOne() {
        assertThat(new DamageThresholds(1, 2)).isEqualTo(DaggerheartRules.unarmoredThresholds(1));
    }
}
