package dev.duality.sys.daggerheart.rules;

import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;

import java.util.Optional;

/**
 * The numbers a character sheet derives from its choices: HP and Stress slots, Evasion, Proficiency, Armor Score and
 * damage thresholds, from the class, the level, the ancestry (if chosen yet) and the armor (if any).
 *
 * @param hpMax       class starting HP, +1 for a Giant
 * @param stressMax   6 Stress slots, +1 for a Human
 * @param evasion     class starting Evasion with the armor's change, +1 for a Simiah
 * @param proficiency 1, +1 at levels 2, 5 and 8
 * @param armorScore  the armor's base score (0 unarmored), at most 12
 * @param thresholds  armor base + level (unarmored: level and 2 × level), + Proficiency for a Galapa
 */
public record SheetNumbers(int hpMax, int stressMax, int evasion, int proficiency, int armorScore,
                           DamageThresholds thresholds) {

    /** The sheet's numbers: the class and level tables, the ancestry's features, the armor table. */
    public static SheetNumbers of(DaggerheartClass characterClass, int level, Ancestry ancestry, Optional<Armor> armor) {
        Values.required(characterClass, "character_class");
        Values.required(armor, "armor");
        int proficiency = DaggerheartRules.proficiency(level);
        DamageThresholds base = Defense.thresholds(armor, level);
        DamageThresholds thresholds = ancestry == Ancestry.GALAPA
                ? new DamageThresholds(base.major() + proficiency, base.severe() + proficiency) : base;
        return new SheetNumbers(
                DaggerheartRules.startingHp(characterClass) + (ancestry == Ancestry.GIANT ? 1 : 0),
                DaggerheartRules.STARTING_STRESS_SLOTS + (ancestry == Ancestry.HUMAN ? 1 : 0),
                Defense.evasion(characterClass, armor, ancestry == Ancestry.SIMIAH ? 1 : 0),
                proficiency,
                Defense.armorScore(armor, 0),
                thresholds);
    }
}
