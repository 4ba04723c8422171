package dev.duality.projections.campaign.api;

import dev.duality.core.campaign.api.CampaignStatus;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A campaign as clients see it. */
@Schema(description = "A campaign")
public record CampaignView(
        @Schema(example = "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d") String campaignId,
        @Schema(example = "The Witherwild") String name,
        @Schema(description = "BCP 47 language tag", example = "en-US") String locale,
        @Schema(description = "Free text; null when none was given", example = "A forest that remembers")
        String themePrompt,
        @Schema(description = "draft → active → completed → archived; restore makes an archived campaign a draft",
                example = "active") CampaignStatus status,
        GameSystem gameSystem,
        @Schema(description = "Participants seated now", example = "2") int participantCount,
        @Schema(example = "2025-03-01T18:00:00Z") Instant createdAt,
        @Schema(example = "2025-03-01T18:20:00Z") Instant updatedAt) {

    @Schema(description = "The game system a campaign plays, and its version")
    public record GameSystem(@Schema(example = "daggerheart") String id, @Schema(example = "1.0.0") String version) {
    }
}
