package dev.duality.projections.campaign.api;

import java.time.Instant;

/** A character's core identity as clients see it; deleted characters stay listed with {@code deleted} set. */
public record CharacterView(String campaignId, String characterId, String ownerParticipantId, String name, String kind,
                            String notes, boolean deleted, Instant createdAt, Instant updatedAt) {
}
