package dev.duality.sys.daggerheart.rules;

import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;

import java.util.Optional;

/**
 * The numbers a character sheet derives from its choices: HP and Stress slots, Evasion, Proficiency, Armor Score and
 * damage thresholds, from the class, the level, the ancestry (if chosen yet), the armor (if any) and the advancements
 * taken at level-ups.
 *
 * @param hpMax       class starting HP, +1 for a Giant, +1 per HP slot advancement
 * @param stressMax   6 Stress slots, +1 for a Human, +1 per Stress slot advancement
 * @param evasion     class starting Evasion with the armor's change, +1 for a Simiah, +1 per Evasion advancement
 * @param proficiency 1, +1 at levels 2, 5 and 8, +1 per Proficiency advancement
 * @param armorScore  the armor's base score (0 unarmored), at most 12
 * @param thresholds  armor base + level (unarmored: level and 2 × level), + Proficiency for a Galapa
 */
public record SheetNumbers(int hpMax, int stressMax, int evasion, int proficiency, int armorScore,
                           DamageThresholds thresholds) {

    /** The sheet's numbers: the class and level tables, the ancestry's features, the armor table, the advancements. */
    public static SheetNumbers of(DaggerheartClass characterClass, int level, Ancestry ancestry, Optional<Armor> armor,
                                  LevelUps.Bonuses bonuses) {
        Values.required(characterClass, "character_class");
        Values.required(armor, "armor");
        Values.required(bonuses, "bonuses");
        int proficiency = DaggerheartRules.proficiency(level) + bonuses.proficiency();
        DamageThresholds base = Defense.thresholds(armor, level);
        DamageThresholds thresholds = ancestry == Ancestry.GALAPA
                ? new DamageThresholds(base.major() + proficiency, base.severe() + proficiency) : base;
        return new SheetNumbers(
                DaggerheartRules.startingHp(characterClass) + (ancestry == Ancestry.GIANT ? 1 : 0) + bonuses.hpSlots(),
                DaggerheartRules.STARTING_STRESS_SLOTS + (ancestry == Ancestry.HUMAN ? 1 : 0) + bonuses.stressSlots(),
                Defense.evasion(characterClass, armor, (ancestry == Ancestry.SIMIAH ? 1 : 0) + bonuses.evasion()),
                proficiency,
                Defense.armorScore(armor, 0),
                thresholds);
    }
}
