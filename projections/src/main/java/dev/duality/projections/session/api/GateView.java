package dev.duality.projections.session.api;

import java.time.Instant;
import java.util.List;

/**
 * A gate as clients see it. {@code resolutionState} is {@code pending_responses} while eligible participants have
 * not all answered, {@code ready_to_resolve} once they have, and {@code resolved} or {@code abandoned} once closed.
 */
public record GateView(String campaignId, String sessionId, String gateId, String gateType, String reason,
                       String status, String resolutionState, List<String> eligibleParticipantIds,
                       List<Response> responses, String decision, String resolution, Instant openedAt,
                       Instant closedAt) {
    public record Response(String participantId, String decision, String response, Instant recordedAt) {
    }
}
