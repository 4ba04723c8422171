package dev.duality.projections.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Read model of one session gate (table {@code gates}); eligible participant ids are stored comma-separated. */
@Entity
@Table(name = "gates")
public class GateRow {
    @Id
    @Column(name = "gate_id")
    String gateId;
    @Column(name = "campaign_id")
    String campaignId;
    @Column(name = "session_id")
    String sessionId;
    @Column(name = "gate_type")
    String gateType;
    String reason;
    @Column(name = "eligible_participant_ids")
    String eligibleParticipantIds;
    String status;
    String decision;
    String resolution;
    @Column(name = "opened_at")
    Instant openedAt;
    @Column(name = "closed_at")
    Instant closedAt;

    protected GateRow() {
    }

    GateRow(String gateId) {
        this.gateId = gateId;
    }
}
