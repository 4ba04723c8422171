package dev.duality.sys.daggerheart.rules;

import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;

import java.util.Optional;

/** How armor and level set a PC's damage thresholds, Armor Score and Evasion. */
public final class Defense {
    /** Armor Score (and so Armor Slots) never goes above 12. */
    public static final int MAX_ARMOR_SCORE = 12;

    private Defense() {
    }

    /**
     * PC thresholds: the armor's base Major/Severe plus the level, or unarmored level / 2 × level. The level-up step
     * "+1 to all thresholds" is this very +level, so it is never added a second time.
     */
    public static DamageThresholds thresholds(Optional<Armor> armor, int level) {
        Values.required(armor, "armor");
        DaggerheartRules.requireLevel(level, "level");
        return armor.map(a -> new DamageThresholds(a.baseMajor() + level, a.baseSevere() + level))
                .orElseGet(() -> DaggerheartRules.unarmoredThresholds(level));
    }

    /**
     * Armor Score: the armor's base score (0 unarmored) plus permanent bonuses, at most 12. Bonuses from other
     * equipment (e.g. a shield) count even without armor, since the SRD ties them to the item, not to the armor.
     */
    public static int armorScore(Optional<Armor> armor, int permanentBonus) {
        Values.required(armor, "armor");
        Checks.notNegative(permanentBonus, "permanent_bonus");
        int base = armor.map(Armor::baseScore).orElse(DaggerheartRules.UNARMORED_ARMOR_SCORE);
        return (int) Math.min(MAX_ARMOR_SCORE, (long) base + permanentBonus);
    }

    /**
     * Evasion: the class's starting Evasion plus the armor's Evasion change plus any other modifiers (weapons,
     * features, the +1 advancement), summed by the caller. Not floored: the SRD gives Evasion no minimum.
     */
    public static int evasion(DaggerheartClass characterClass, Optional<Armor> armor, int otherModifiers) {
        Values.required(characterClass, "character_class");
        Values.required(armor, "armor");
        return DaggerheartRules.startingEvasion(characterClass) + armor.map(Armor::evasionModifier).orElse(0)
                + otherModifiers;
    }

    /** A trait's score with the armor's change applied (heavy armor such as Full Plate lowers Agility). */
    public static int traitWithArmor(TraitScores traits, Trait trait, Optional<Armor> armor) {
        Values.required(traits, "traits");
        Values.required(trait, "trait");
        Values.required(armor, "armor");
        int change = trait == Trait.AGILITY ? armor.map(Armor::agilityModifier).orElse(0) : 0;
        return traits.score(trait) + change;
    }
}
