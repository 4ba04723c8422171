package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_THRESHOLDS_INVALID;

/**
 * A PC's damage thresholds: damage at or above {@code major} marks 2 HP, at or above {@code severe} marks 3. The
 * smallest real pair is unarmored level 1 (1/2), so Major is at least 1 and Severe always above Major.
 */
public record DamageThresholds(int major, int severe) {
    public DamageThresholds {
        Rejected.unless(major >= 1, DAGGERHEART_THRESHOLDS_INVALID, "major", "major must be at least 1, was " + major);
        Rejected.unless(severe > major, DAGGERHEART_THRESHOLDS_INVALID, "severe",
                "severe must be above major (" + major + "), was " + severe);
    }
}
