package dev.duality.projections.campaign.api;

import java.time.Instant;

/** A character's core identity as clients see it. */
public record CharacterView(String campaignId, String characterId, String ownerParticipantId, String name, String kind,
                            String notes, Instant createdAt, Instant updatedAt) {
}
