package dev.duality.sys.daggerheart.rules;

/** A PC's damage thresholds: damage at or above {@code major} marks 2 HP, at or above {@code severe} marks 3. */
public record DamageThresholds(int major, int severe) {
}
