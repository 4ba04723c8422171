package dev.duality.sys.daggerheart.gm.readmodel.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/**
 * A campaign's Daggerheart GM state as clients see it: the GM's Fear (0..12), when it last changed, and the short
 * rests the party took since its last long rest.
 */
@Schema(description = "The GM's Fear")
public record GmStateView(@Schema(example = "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d") String campaignId,
                          @Schema(description = "0..12", example = "2") int gmFear,
                          @Schema(example = "2025-03-01T18:45:00Z") Instant updatedAt,
                          // snake_case alone would write short_rests_in_arow
                          @JsonProperty("short_rests_in_a_row")
                          @Schema(description = "Short rests since the party's last long rest; at 3 the next rest "
                                  + "must be long", example = "1") int shortRestsInARow) {
}
