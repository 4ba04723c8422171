package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ARMOR_INVALID;

/**
 * A suit of armor as its SRD table row gives it: base thresholds (the character's level is added on top, see
 * {@link Defense#thresholds}), base Armor Score and the Evasion and Agility changes it brings. Modifiers are kept in
 * {@value #MIN_MODIFIER}..{@value #MAX_MODIFIER}; the SRD tables use -2..+1.
 */
public record Armor(String name, int baseMajor, int baseSevere, int baseScore, int evasionModifier,
                    int agilityModifier) {
    public static final int MAX_NAME_LENGTH = 64;
    public static final int MIN_MODIFIER = -5;
    public static final int MAX_MODIFIER = 5;

    public Armor {
        name = Values.name(name, "name", MAX_NAME_LENGTH);
        Rejected.unless(baseMajor >= 1, DAGGERHEART_ARMOR_INVALID, "base_major",
                "base_major must be at least 1, was " + baseMajor);
        Rejected.unless(baseSevere > baseMajor, DAGGERHEART_ARMOR_INVALID, "base_severe",
                "base_severe must be above base_major (" + baseMajor + "), was " + baseSevere);
        Rejected.unless(baseScore >= 0 && baseScore <= Defense.MAX_ARMOR_SCORE, DAGGERHEART_ARMOR_INVALID,
                "base_score", "base_score must be between 0 and " + Defense.MAX_ARMOR_SCORE + ", was " + baseScore);
        requireModifier(evasionModifier, "evasion_modifier");
        requireModifier(agilityModifier, "agility_modifier");
    }

    private static void requireModifier(int modifier, String field) {
        Rejected.unless(modifier >= MIN_MODIFIER && modifier <= MAX_MODIFIER, DAGGERHEART_ARMOR_INVALID, field,
                field + " must be between " + MIN_MODIFIER + " and " + MAX_MODIFIER + ", was " + modifier);
    }
}
