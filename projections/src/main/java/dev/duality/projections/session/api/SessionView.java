package dev.duality.projections.session.api;

import dev.duality.core.session.api.SpotlightType;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A session as clients see it; {@code spotlight} is null when nobody has it. */
@Schema(description = "A session; `spotlight` is null when nobody has it")
public record SessionView(
        @Schema(example = "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d") String campaignId,
        @Schema(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") String sessionId,
        @Schema(description = "Null when none was given", example = "Session 1") String name,
        @Schema(example = "active") SessionStatus status,
        Spotlight spotlight,
        @Schema(example = "2025-03-01T18:20:00Z") Instant startedAt,
        @Schema(description = "Null while the session is active", example = "null") Instant endedAt,
        @Schema(description = "The SHA-256 (hex) of the session's secret dice seed, published when it starts: every "
                + "server roll of the session is derived from that seed (`GET …/sessions/{sessionId}/dice`). Null "
                + "for a session started before Duality committed to its dice",
                example = "3f0a7c1e9b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c6e8b0d2f4a")
        String diceCommitment,
        @Schema(description = "The secret dice seed itself, revealed when the session ends (null until then): its "
                + "SHA-256 is `dice_commitment`", example = "null") String diceSeed) {

    /** Who has the spotlight: {@code gm}, or {@code character} with its id. */
    @Schema(description = "Who has the spotlight: the GM, or a character")
    public record Spotlight(
            @Schema(example = "character") SpotlightType type,
            @Schema(description = "Null when the GM has the spotlight",
                    example = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d") String characterId) {
    }
}
