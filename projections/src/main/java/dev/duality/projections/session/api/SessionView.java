package dev.duality.projections.session.api;

import java.time.Instant;

/** A session as clients see it; {@code spotlight} is null when nobody has it. */
public record SessionView(String campaignId, String sessionId, String name, String status, Spotlight spotlight,
                          Instant startedAt, Instant endedAt) {
    /** Who has the spotlight: {@code gm}, or {@code character} with its id. */
    public record Spotlight(String type, String characterId) {
    }
}
