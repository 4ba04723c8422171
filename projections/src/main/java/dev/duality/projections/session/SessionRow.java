package dev.duality.projections.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Read model of one session and its spotlight (table {@code sessions}). */
@Entity
@Table(name = "sessions")
public class SessionRow {
    @Id
    @Column(name = "session_id")
    String sessionId;
    @Column(name = "campaign_id")
    String campaignId;
    String name;
    String status;
    @Column(name = "spotlight_type")
    String spotlightType;
    @Column(name = "spotlight_character_id")
    String spotlightCharacterId;
    @Column(name = "started_at")
    Instant startedAt;
    @Column(name = "ended_at")
    Instant endedAt;
    @Column(name = "dice_commitment")
    String diceCommitment;
    /** Null until the session ends and reveals it. */
    @Column(name = "dice_seed")
    String diceSeed;

    protected SessionRow() {
    }

    SessionRow(String sessionId) {
        this.sessionId = sessionId;
    }
}
