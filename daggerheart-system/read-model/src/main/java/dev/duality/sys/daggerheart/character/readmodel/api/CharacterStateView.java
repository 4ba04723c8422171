package dev.duality.sys.daggerheart.character.readmodel.api;

import dev.duality.sys.daggerheart.character.api.LifeState;
import dev.duality.sys.daggerheart.rules.Condition;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** A character's tracks in play: what a GM screen shows for each member of the party. */
@Schema(description = "A character's HP, Stress, Hope and Armor Slots, life state and conditions")
public record CharacterStateView(
        @Schema(example = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d") String characterId,
        @Schema(description = "HP slots marked", example = "2") int hpMarked,
        @Schema(description = "HP slots", example = "6") int hpMax,
        @Schema(description = "Stress slots marked", example = "1") int stressMarked,
        @Schema(description = "Stress slots", example = "6") int stressMax,
        @Schema(description = "Hope held", example = "3") int hope,
        @Schema(description = "Hope maximum: 6, minus one per scar", example = "6") int hopeMax,
        @Schema(description = "Armor Slots marked", example = "1") int armorMarked,
        @Schema(description = "Armor Slots: the Armor Score", example = "3") int armorScore,
        LifeState lifeState,
        @Schema(description = "hidden, restrained, vulnerable", example = "[\"vulnerable\"]") List<Condition> conditions) {
}
