package dev.duality.sys.daggerheart.gm.readmodel.api;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A campaign's Daggerheart GM state as clients see it: the GM's Fear (0..12) and when it last changed. */
@Schema(description = "A campaign's Daggerheart GM state")
public record GmStateView(
        @Schema(example = "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d") String campaignId,
        @Schema(description = "The GM's Fear", minimum = "0", maximum = "12", example = "2") int gmFear,
        @Schema(description = "When Fear last changed", example = "2025-03-01T18:45:00Z") Instant updatedAt) {
}
