package dev.duality.sys.daggerheart.character.api;

import dev.duality.sys.daggerheart.rules.AcquiredCards;
import dev.duality.sys.daggerheart.rules.Condition;
import dev.duality.sys.daggerheart.rules.ConditionSet;
import dev.duality.sys.daggerheart.rules.EffectDuration;
import dev.duality.sys.daggerheart.rules.TemporaryArmor;

import java.util.List;
import java.util.Map;

/**
 * What play changes on a character's sheet, all of it: what an undo restores. Creation, level-ups and the Duality
 * rolls the character made (with whether their outcome was applied) are not in it: no undoable decision changes the
 * first two, and a roll's outcome stays applied (the session applies it exactly once).
 *
 * @param armorScore           Armor Slots in all, temporary ones included
 * @param vulnerableFromStress Vulnerable because every Stress slot is marked
 * @param attacksDamageApplied adversary attack rolls against the character whose damage it took
 */
public record CharacterTracks(int hpMarked, int stressMarked, int hope, int hopeMax, int armorMarked, int armorScore,
                              List<TemporaryArmor> temporaryArmor, LifeState lifeState, ConditionSet conditions,
                              Map<Condition, EffectDuration> conditionDurations, boolean vulnerableFromStress,
                              AcquiredCards domainCards, List<Long> attacksDamageApplied) {
    public CharacterTracks {
        temporaryArmor = temporaryArmor == null ? List.of() : List.copyOf(temporaryArmor);
        conditionDurations = conditionDurations == null ? Map.of() : Map.copyOf(conditionDurations);
        attacksDamageApplied = attacksDamageApplied == null ? List.of() : List.copyOf(attacksDamageApplied);
    }
}
