package dev.duality.projections.timeline.api;

import java.time.Instant;

/** The campaign timeline: every journal event of a campaign in order. */
public final class TimelineQueries {
    private TimelineQueries() {
    }

    /** Entries with {@code seq > afterSeq}, in order, at most {@code limit}. */
    public record ListTimeline(String campaignId, long afterSeq, int limit) {
    }

    /** One event: its per-campaign sequence number, type, actor, time and a one-line summary. */
    public record TimelineEntry(long seq, String eventType, String actorId, Instant occurredAt, String summary) {
    }
}
