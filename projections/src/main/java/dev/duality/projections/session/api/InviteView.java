package dev.duality.projections.session.api;

import java.time.Instant;

/** An invite as owners and managers see it; the code itself is shown only once, when it is created. */
public record InviteView(String campaignId, String inviteId, String role, String access, String status,
                         String claimedByParticipantId, Instant createdAt, Instant updatedAt) {
}
