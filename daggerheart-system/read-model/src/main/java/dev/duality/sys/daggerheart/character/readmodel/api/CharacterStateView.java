package dev.duality.sys.daggerheart.character.readmodel.api;

import dev.duality.sys.daggerheart.character.api.LifeState;
import dev.duality.sys.daggerheart.rules.Condition;
import dev.duality.sys.daggerheart.rules.EffectDuration;
import dev.duality.sys.daggerheart.rules.TemporaryArmor;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * A character's tracks in play: what a GM screen shows for each member of the party. The Armor Score here counts the
 * temporary Armor Slots in effect; the sheet's own {@code armor_score} is the permanent one.
 */
@Schema(description = "A character's HP, Stress, Hope and Armor Slots (temporary ones included), life state, "
        + "conditions and scars")
public record CharacterStateView(
        @Schema(example = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d") String characterId,
        @Schema(description = "HP slots marked", example = "2") int hpMarked,
        @Schema(description = "HP slots", example = "6") int hpMax,
        @Schema(description = "Stress slots marked", example = "1") int stressMarked,
        @Schema(description = "Stress slots", example = "6") int stressMax,
        @Schema(description = "Hope held", example = "3") int hope,
        @Schema(description = "Hope maximum: 6, minus one per scar", example = "6") int hopeMax,
        @Schema(description = "Armor Slots marked", example = "1") int armorMarked,
        @Schema(description = "Armor Slots: the Armor Score with temporary armor, at most 12", example = "5")
        int armorScore,
        LifeState lifeState,
        @Schema(description = "hidden, restrained, vulnerable", example = "[\"vulnerable\"]") List<Condition> conditions,
        @Schema(description = "How long conditions last that end on their own (with a rest, a long rest, the "
                + "session's or the scene's end); a condition not here lasts until removed",
                example = "{\"vulnerable\": \"scene\"}") Map<Condition, EffectDuration> conditionDurations,
        @Schema(description = "Temporary armor in effect: its slots vanish when its duration ends")
        List<TemporaryArmorView> temporaryArmor,
        @Schema(description = "Scars taken (Avoid Death): each crossed out a Hope slot for good", example = "0")
        int scars) {

    /** Armor Slots a feature or effect adds until its duration ends. */
    public record TemporaryArmorView(@Schema(description = "The feature or effect", example = "shield_spell")
                                     String source,
                                     @Schema(description = "What ends it") EffectDuration duration,
                                     @Schema(description = "Armor Slots it adds", example = "2") int amount) {
        public static TemporaryArmorView of(TemporaryArmor armor) {
            return new TemporaryArmorView(armor.source().value(), armor.duration(), armor.amount());
        }
    }
}
