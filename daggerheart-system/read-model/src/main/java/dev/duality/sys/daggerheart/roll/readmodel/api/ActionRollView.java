package dev.duality.sys.daggerheart.roll.readmodel.api;

import dev.duality.sys.daggerheart.rules.DualityResult;
import dev.duality.sys.daggerheart.rules.GmMove;
import dev.duality.sys.daggerheart.rules.Trait;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * A Duality roll as clients see it: the dice, everything added, the result in SRD terms, what the result sets in
 * motion (applied by the roll's outcome), and whether the outcome was applied.
 */
@Schema(description = "A Daggerheart action or reaction roll")
public record ActionRollView(
        @Schema(description = "The roll's number in the campaign", example = "1") long rollSeq,
        @Schema(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") String sessionId,
        @Schema(example = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d") String characterId,
        Trait trait,
        @Schema(example = "2") int traitScore,
        @Schema(description = "Experiences added, 1 Hope each", example = "[\"Tracker\"]") List<String> experiences,
        @Schema(example = "2") int experienceBonus,
        @Schema(description = "Other flat modifiers", example = "0") int modifier,
        @Schema(example = "9") int hopeDie,
        @Schema(example = "4") int fearDie,
        @Schema(description = "The d6 as added: +d6 with advantage, -d6 with disadvantage, 0 without", example = "0")
        int advantage,
        @Schema(example = "12") Integer difficulty,
        @Schema(example = "false") boolean reaction,
        @Schema(example = "17") int total,
        DualityResult result,
        @Schema(description = "Hope the outcome gives the roller", example = "1") int hopeGained,
        @Schema(description = "Stress the outcome clears", example = "0") int stressCleared,
        @Schema(description = "Fear the outcome gives the GM", example = "0") int fearGained,
        @Schema(example = "false") boolean spotlightToGm,
        GmMove gmMove,
        @Schema(description = "A critical reaction: the roller ignores the effects", example = "false")
        boolean effectsIgnored,
        @Schema(description = "Hope paid for Experiences", example = "1") int hopeSpent,
        @Schema(example = "false") boolean outcomeApplied,
        @Schema(example = "2025-03-01T18:40:00Z") Instant rolledAt) {
}
