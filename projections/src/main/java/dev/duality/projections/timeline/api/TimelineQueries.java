package dev.duality.projections.timeline.api;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** The campaign timeline: every journal event of a campaign in order. */
public final class TimelineQueries {
    private TimelineQueries() {
    }

    /**
     * Entries with {@code seq > afterSeq}, in order, at most {@code limit}; events players may not see only when
     * {@code includeGmOnly} (a GM or the admin asks).
     */
    public record ListTimeline(String campaignId, long afterSeq, int limit, boolean includeGmOnly) {
    }

    /**
     * One event: its per-campaign sequence number, type, actor, time, a one-line summary, and its journal id (what
     * names a decision to undo it: Daggerheart's {@code POST …/daggerheart/undo}).
     */
    @Schema(description = "One journal event of the campaign")
    public record TimelineEntry(
            @Schema(description = "The event's number within the campaign, from 1", example = "17") long seq,
            @Schema(description = "The event type, as the catalog names it", example = "action.roll_resolved")
            String eventType,
            @Schema(description = "Whose request caused it: a participant id, `admin` or `anonymous`",
                    example = "0c2d7e9f-1a3b-4c5d-8e6f-7a8b9c0d1e2f") String actorId,
            @Schema(example = "2025-03-01T18:40:00Z") Instant occurredAt,
            @Schema(description = "One line for people; its wording may change",
                    example = "action.roll_resolved: session_id=4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a, roll_seq=1, "
                            + "character_id=9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d, label=action, "
                            + "roll=2d12+2 [12, 4] = 18 (server)") String summary,
            @Schema(description = "The event's id in the journal, stable for ever",
                    example = "0b6f3a52-8c1e-4d7a-9f2b-5e4c3d2a1b0f") String eventId) {
    }
}
