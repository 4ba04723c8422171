package dev.duality.projections.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** One journal event of a campaign, numbered per campaign in journal order (table {@code timeline_entries}). */
@Entity
@Table(name = "timeline_entries")
@IdClass(TimelineEntryRow.Key.class)
public class TimelineEntryRow {
    @Id
    @Column(name = "campaign_id")
    String campaignId;
    @Id
    long seq;
    /** The event's global index in the journal: entries of a campaign are numbered in this order. */
    @Column(name = "journal_position")
    long journalPosition;
    @Column(name = "event_id")
    String eventId;
    @Column(name = "event_type")
    String eventType;
    @Column(name = "actor_id")
    String actorId;
    @Column(name = "occurred_at")
    Instant occurredAt;
    String summary;
    /** Players may not see it (a {@link dev.duality.core.system.GmOnly} event): GMs and the admin only. */
    @Column(name = "gm_only")
    boolean gmOnly;

    /** What players see of a partly secret event instead of {@link #summary} (an adversary without its stat block). */
    @Column(name = "player_summary")
    String playerSummary;

    protected TimelineEntryRow() {
    }

    TimelineEntryRow(String campaignId, long seq) {
        this.campaignId = campaignId;
        this.seq = seq;
    }

    public record Key(String campaignId, long seq) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
