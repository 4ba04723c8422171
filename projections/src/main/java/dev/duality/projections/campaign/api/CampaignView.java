package dev.duality.projections.campaign.api;

import java.time.Instant;

/** A campaign as clients see it. */
public record CampaignView(String campaignId, String name, String locale, String themePrompt, String status,
                           GameSystem gameSystem, int participantCount, Instant createdAt, Instant updatedAt) {
    public record GameSystem(String id, String version) {
    }
}
