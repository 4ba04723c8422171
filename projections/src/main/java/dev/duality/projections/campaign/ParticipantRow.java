package dev.duality.projections.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** Read model of one participant of a campaign (table {@code participants}). */
@Entity
@Table(name = "participants")
@IdClass(ParticipantRow.Key.class)
public class ParticipantRow {
    @Id
    @Column(name = "campaign_id")
    String campaignId;
    @Id
    @Column(name = "participant_id")
    String participantId;
    String name;
    String role;
    String access;
    @Column(name = "joined_at")
    Instant joinedAt;
    @Column(name = "updated_at")
    Instant updatedAt;

    protected ParticipantRow() {
    }

    ParticipantRow(String campaignId, String participantId) {
        this.campaignId = campaignId;
        this.participantId = participantId;
    }

    public record Key(String campaignId, String participantId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
