package dev.duality.projections.session.api;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * A gate as clients see it. {@code resolutionState} is {@code pending_responses} while eligible participants have
 * not all answered, {@code ready_to_resolve} once they have, and {@code resolved} or {@code abandoned} once closed.
 */
@Schema(description = "A session gate with its responses")
public record GateView(
        @Schema(example = "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d") String campaignId,
        @Schema(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") String sessionId,
        @Schema(example = "7e6d5c4b-3a29-4f18-8e07-d6c5b4a39281") String gateId,
        @Schema(description = "A short code naming the kind of decision", example = "group_decision") String gateType,
        @Schema(description = "Free text; null when none was given", example = "Cross the river at night?")
        String reason,
        @Schema(example = "open") GateStatus status,
        @Schema(description = "An open gate is pending_responses until every eligible participant has answered, then "
                + "ready_to_resolve; a closed gate is resolved or abandoned, as its status",
                example = "ready_to_resolve") GateResolutionState resolutionState,
        @ArraySchema(schema = @Schema(example = "0c2d7e9f-1a3b-4c5d-8e6f-7a8b9c0d1e2f"))
        List<String> eligibleParticipantIds,
        List<Response> responses,
        @Schema(description = "The decision it was resolved with, if any", example = "null") String decision,
        @Schema(description = "Free text: how it was resolved, or why it was abandoned", example = "null")
        String resolution,
        @Schema(example = "2025-03-01T18:30:00Z") Instant openedAt,
        @Schema(description = "Null while the gate is open", example = "null") Instant closedAt) {

    @Schema(description = "One eligible participant's answer to a gate")
    public record Response(
            @Schema(example = "0c2d7e9f-1a3b-4c5d-8e6f-7a8b9c0d1e2f") String participantId,
            @Schema(description = "A short code", example = "cross") String decision,
            @Schema(description = "Free text; null when none was given", example = "We go now, quietly.")
            String response,
            @Schema(example = "2025-03-01T18:31:00Z") Instant recordedAt) {
    }
}
