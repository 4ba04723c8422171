package dev.duality.projections.campaign.api;

import dev.duality.core.campaign.api.CampaignAccess;
import dev.duality.core.campaign.api.ParticipantRole;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A participant as clients see it. */
@Schema(description = "A participant: a seat at the table (role) with governance rights (access)")
public record ParticipantView(
        @Schema(example = "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d") String campaignId,
        @Schema(example = "0c2d7e9f-1a3b-4c5d-8e6f-7a8b9c0d1e2f") String participantId,
        @Schema(example = "Riley") String name,
        @Schema(example = "player") ParticipantRole role,
        @Schema(example = "member") CampaignAccess access,
        @Schema(example = "2025-03-01T18:05:00Z") Instant joinedAt,
        @Schema(example = "2025-03-01T18:05:00Z") Instant updatedAt) {
}
