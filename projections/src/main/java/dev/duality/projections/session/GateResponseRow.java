package dev.duality.projections.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** Read model of one participant's answer to a gate (table {@code gate_responses}). */
@Entity
@Table(name = "gate_responses")
@IdClass(GateResponseRow.Key.class)
public class GateResponseRow {
    @Id
    @Column(name = "gate_id")
    String gateId;
    @Id
    @Column(name = "participant_id")
    String participantId;
    String decision;
    String response;
    @Column(name = "recorded_at")
    Instant recordedAt;

    protected GateResponseRow() {
    }

    GateResponseRow(String gateId, String participantId) {
        this.gateId = gateId;
        this.participantId = participantId;
    }

    public record Key(String gateId, String participantId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
