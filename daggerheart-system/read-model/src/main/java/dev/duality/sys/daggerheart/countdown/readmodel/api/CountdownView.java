package dev.duality.sys.daggerheart.countdown.readmodel.api;

import dev.duality.sys.daggerheart.rules.CountdownLoop;
import dev.duality.sys.daggerheart.rules.CountdownPolicy;
import dev.duality.sys.daggerheart.rules.CountdownTone;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A countdown as clients see it. */
@Schema(description = "A countdown: it starts at a value, advances toward 0 and triggers there")
public record CountdownView(
        @Schema(example = "ritual") String countdownId,
        @Schema(example = "The ritual completes") String name,
        @Schema(description = "Where it leads; a dynamic countdown reads its column of the dynamic table by it")
        CountdownTone tone,
        @Schema(description = "What advances it: manual (the GM), action_standard (1 per action roll), "
                + "action_dynamic (0-3 per action roll, by the result), long_term (after rests)")
        CountdownPolicy policy,
        @Schema(description = "1..100", example = "4") int startingValue,
        @Schema(description = "0..starting_value; it triggers at 0", example = "3") int remaining,
        @Schema(description = "What resolving its trigger does") CountdownLoop loop,
        @Schema(description = "Whether players may read it", example = "true") boolean visibleToPlayers,
        CountdownStatus status,
        @Schema(example = "2025-03-01T18:10:00Z") Instant createdAt,
        @Schema(example = "2025-03-01T18:40:00Z") Instant updatedAt) {
}
