package dev.duality.projections.session;

import dev.duality.core.campaign.api.InviteClaimed;
import dev.duality.core.campaign.api.InviteCreated;
import dev.duality.core.campaign.api.InviteRevoked;
import dev.duality.core.campaign.api.ParticipantId;
import dev.duality.core.session.api.GateAbandoned;
import dev.duality.core.session.api.GateOpened;
import dev.duality.core.session.api.GateResolved;
import dev.duality.core.session.api.GateResponseRecorded;
import dev.duality.core.session.api.SessionEnded;
import dev.duality.core.session.api.SessionStarted;
import dev.duality.core.session.api.SpotlightCleared;
import dev.duality.core.session.api.SpotlightSet;
import dev.duality.core.value.Wire;
import dev.duality.projections.ReadModels;
import dev.duality.projections.session.api.GateStatus;
import dev.duality.projections.session.api.InviteStatus;
import dev.duality.projections.session.api.SessionStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.stream.Collectors;

/**
 * Builds the session (with its spotlight), gate, gate-response and invite read models. Each handler sets absolute
 * values keyed by ids, so replaying from the start rebuilds the same rows.
 */
@Component
@ProcessingGroup(SessionProjection.GROUP)
public class SessionProjection {
    public static final String GROUP = "sessions";
    /** The status column of an active session, as the query for the active session looks for it. */
    static final String ACTIVE = Wire.name(SessionStatus.ACTIVE);

    @PersistenceContext
    private EntityManager em;

    @EventHandler
    void on(SessionStarted event, @Timestamp Instant at) {
        ReadModels.upsert(em, SessionRow.class, event.sessionId().value(),
                () -> new SessionRow(event.sessionId().value()), row -> {
            row.campaignId = event.campaignId().value();
            row.name = Wire.text(event.name());
            row.status = ACTIVE;
            row.startedAt = at;
            row.diceCommitment = event.diceCommitment();
        });
    }

    @EventHandler
    void on(SessionEnded event, @Timestamp Instant at) {
        SessionRow row = em.find(SessionRow.class, event.sessionId().value());
        row.status = Wire.name(SessionStatus.ENDED);
        row.endedAt = at;
        row.diceSeed = event.diceSeed();
        row.spotlightType = null;
        row.spotlightCharacterId = null;
    }

    @EventHandler
    void on(SpotlightSet event) {
        SessionRow row = em.find(SessionRow.class, event.sessionId().value());
        row.spotlightType = Wire.name(event.spotlightType());
        row.spotlightCharacterId = Wire.text(event.characterId());
    }

    @EventHandler
    void on(SpotlightCleared event) {
        SessionRow row = em.find(SessionRow.class, event.sessionId().value());
        row.spotlightType = null;
        row.spotlightCharacterId = null;
    }

    @EventHandler
    void on(GateOpened event, @Timestamp Instant at) {
        ReadModels.upsert(em, GateRow.class, event.gateId().value(), () -> new GateRow(event.gateId().value()), row -> {
            row.campaignId = event.campaignId().value();
            row.sessionId = event.sessionId().value();
            row.gateType = event.gateType().value();
            row.reason = Wire.text(event.reason());
            row.eligibleParticipantIds = event.eligibleParticipantIds().stream().map(ParticipantId::value)
                    .collect(Collectors.joining(","));
            row.status = Wire.name(GateStatus.OPEN);
            row.openedAt = at;
        });
    }

    @EventHandler
    void on(GateResponseRecorded event, @Timestamp Instant at) {
        String gateId = event.gateId().value();
        String participantId = event.participantId().value();
        ReadModels.upsert(em, GateResponseRow.class, new GateResponseRow.Key(gateId, participantId),
                () -> new GateResponseRow(gateId, participantId), row -> {
            row.decision = event.decision().value();
            row.response = Wire.text(event.response());
            row.recordedAt = at;
        });
    }

    @EventHandler
    void on(GateResolved event, @Timestamp Instant at) {
        GateRow row = em.find(GateRow.class, event.gateId().value());
        row.status = Wire.name(GateStatus.RESOLVED);
        row.decision = Wire.text(event.decision());
        row.resolution = Wire.text(event.resolution());
        row.closedAt = at;
    }

    @EventHandler
    void on(GateAbandoned event, @Timestamp Instant at) {
        GateRow row = em.find(GateRow.class, event.gateId().value());
        row.status = Wire.name(GateStatus.ABANDONED);
        row.resolution = Wire.text(event.reason());
        row.closedAt = at;
    }

    @EventHandler
    void on(InviteCreated event, @Timestamp Instant at) {
        ReadModels.upsert(em, InviteRow.class, event.inviteId().value(),
                () -> new InviteRow(event.inviteId().value()), row -> {
            row.campaignId = event.campaignId().value();
            row.role = Wire.name(event.role());
            row.access = Wire.name(event.access());
            row.status = Wire.name(InviteStatus.OPEN);
            row.createdAt = at;
            row.updatedAt = at;
        });
    }

    @EventHandler
    void on(InviteClaimed event, @Timestamp Instant at) {
        InviteRow row = em.find(InviteRow.class, event.inviteId().value());
        row.status = Wire.name(InviteStatus.CLAIMED);
        row.claimedByParticipantId = event.participantId().value();
        row.updatedAt = at;
    }

    @EventHandler
    void on(InviteRevoked event, @Timestamp Instant at) {
        InviteRow row = em.find(InviteRow.class, event.inviteId().value());
        row.status = Wire.name(InviteStatus.REVOKED);
        row.updatedAt = at;
    }

    @ResetHandler
    void reset() {
        em.createQuery("delete from GateResponseRow").executeUpdate();
        em.createQuery("delete from GateRow").executeUpdate();
        em.createQuery("delete from SessionRow").executeUpdate();
        em.createQuery("delete from InviteRow").executeUpdate();
    }

}
