package dev.duality.projections.campaign.api;

import dev.duality.core.campaign.api.CharacterKind;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A character's core identity as clients see it; deleted characters stay listed with {@code deleted} set. */
@Schema(description = "A character's core identity; a deleted character stays listed with `deleted` set")
public record CharacterView(
        @Schema(example = "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d") String campaignId,
        @Schema(example = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d") String characterId,
        @Schema(description = "The participant who owns the character",
                example = "0c2d7e9f-1a3b-4c5d-8e6f-7a8b9c0d1e2f") String ownerParticipantId,
        @Schema(example = "Sable") String name,
        @Schema(description = "Player character or non-player character", example = "pc") CharacterKind kind,
        @Schema(description = "Free text; null when none was given", example = "A ranger who hears the trees")
        String notes,
        @Schema(example = "false") boolean deleted,
        @Schema(example = "2025-03-01T18:10:00Z") Instant createdAt,
        @Schema(example = "2025-03-01T18:10:00Z") Instant updatedAt) {
}
