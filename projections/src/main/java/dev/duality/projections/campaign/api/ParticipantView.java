package dev.duality.projections.campaign.api;

import java.time.Instant;

/** A participant as clients see it. */
public record ParticipantView(String campaignId, String participantId, String name, String role, String access,
                              Instant joinedAt, Instant updatedAt) {
}
