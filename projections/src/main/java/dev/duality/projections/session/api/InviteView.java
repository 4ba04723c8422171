package dev.duality.projections.session.api;

import dev.duality.core.campaign.api.CampaignAccess;
import dev.duality.core.campaign.api.ParticipantRole;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** An invite as owners and managers see it; the code itself is shown only once, when it is created. */
@Schema(description = "An invite, without its code (shown only once, when it is created)")
public record InviteView(
        @Schema(example = "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d") String campaignId,
        @Schema(example = "2f4e6d8c-0b1a-4c3e-9d5f-7a6b8c9d0e1f") String inviteId,
        @Schema(description = "The role whoever claims it gets", example = "player") ParticipantRole role,
        @Schema(description = "The access whoever claims it gets", example = "member") CampaignAccess access,
        @Schema(example = "open") InviteStatus status,
        @Schema(description = "Null until the invite is claimed", example = "null") String claimedByParticipantId,
        @Schema(example = "2025-03-01T18:02:00Z") Instant createdAt,
        @Schema(example = "2025-03-01T18:02:00Z") Instant updatedAt) {
}
