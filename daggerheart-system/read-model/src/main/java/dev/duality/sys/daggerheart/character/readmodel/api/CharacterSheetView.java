package dev.duality.sys.daggerheart.character.readmodel.api;

import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A Daggerheart character sheet as clients see it. */
@Schema(description = "A character's Daggerheart sheet")
public record CharacterSheetView(
        @Schema(example = "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d") String campaignId,
        @Schema(example = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d") String characterId,
        @Schema(description = "One of the nine SRD classes", example = "ranger") DaggerheartClass characterClass,
        @Schema(example = "1") int level,
        @Schema(description = "Hit Points, from the class", example = "6") int hpMax,
        @Schema(description = "Stress slots", example = "6") int stressMax,
        @Schema(description = "Current Hope", example = "2") int hope,
        @Schema(example = "6") int hopeMax,
        @Schema(description = "From the class", example = "12") int evasion,
        @Schema(example = "1") int proficiency,
        @Schema(example = "0") int armorScore,
        Thresholds thresholds,
        @Schema(example = "2025-03-01T18:12:00Z") Instant createdAt,
        @Schema(example = "2025-03-01T18:12:00Z") Instant updatedAt) {

    @Schema(description = "Damage thresholds: damage at or above major marks two HP, at or above severe three")
    public record Thresholds(@Schema(example = "1") int major, @Schema(example = "2") int severe) {
    }
}
