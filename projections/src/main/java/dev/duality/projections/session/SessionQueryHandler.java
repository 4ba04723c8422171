package dev.duality.projections.session;

import dev.duality.core.value.Wire;
import dev.duality.core.campaign.api.CampaignAccess;
import dev.duality.core.campaign.api.ParticipantRole;
import dev.duality.core.session.api.SpotlightType;
import dev.duality.projections.session.api.GateResolutionState;
import dev.duality.projections.session.api.GateStatus;
import dev.duality.projections.session.api.GateView;
import dev.duality.projections.session.api.InviteStatus;
import dev.duality.projections.session.api.InviteView;
import dev.duality.projections.session.api.SessionQueries.FindActiveSession;
import dev.duality.projections.session.api.SessionQueries.FindGate;
import dev.duality.projections.session.api.SessionQueries.FindSession;
import dev.duality.projections.session.api.SessionQueries.ListGates;
import dev.duality.projections.session.api.SessionQueries.ListInvites;
import dev.duality.projections.session.api.SessionQueries.ListSessions;
import dev.duality.projections.session.api.SessionStatus;
import dev.duality.projections.session.api.SessionView;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;


/** Answers session, gate and invite queries from the read models only. */
@Component
@Transactional(readOnly = true)
public class SessionQueryHandler {
    @PersistenceContext
    private EntityManager em;

    @QueryHandler
    public List<SessionView> handle(ListSessions query) {
        return em.createQuery("select s from SessionRow s where s.campaignId = :campaign order by s.startedAt, "
                        + "s.sessionId", SessionRow.class)
                .setParameter("campaign", query.campaignId())
                .getResultStream().map(SessionQueryHandler::view).toList();
    }

    @QueryHandler
    public Optional<SessionView> handle(FindSession query) {
        return Optional.ofNullable(em.find(SessionRow.class, query.sessionId()))
                .filter(s -> s.campaignId.equals(query.campaignId())).map(SessionQueryHandler::view);
    }

    @QueryHandler
    public Optional<SessionView> handle(FindActiveSession query) {
        return em.createQuery("select s from SessionRow s where s.campaignId = :campaign and s.status = :active",
                        SessionRow.class)
                .setParameter("campaign", query.campaignId()).setParameter("active", SessionProjection.ACTIVE)
                .getResultStream().findFirst().map(SessionQueryHandler::view);
    }

    @QueryHandler
    public List<GateView> handle(ListGates query) {
        return em.createQuery("select g from GateRow g where g.campaignId = :campaign and g.sessionId = :session "
                        + "order by g.openedAt, g.gateId", GateRow.class)
                .setParameter("campaign", query.campaignId()).setParameter("session", query.sessionId())
                .getResultStream().map(this::view).toList();
    }

    @QueryHandler
    public Optional<GateView> handle(FindGate query) {
        return Optional.ofNullable(em.find(GateRow.class, query.gateId()))
                .filter(g -> g.campaignId.equals(query.campaignId())).map(this::view);
    }

    @QueryHandler
    public List<InviteView> handle(ListInvites query) {
        return em.createQuery("select i from InviteRow i where i.campaignId = :campaign order by i.createdAt, "
                        + "i.inviteId", InviteRow.class)
                .setParameter("campaign", query.campaignId())
                .getResultStream().map(i -> new InviteView(i.campaignId, i.inviteId,
                        Wire.parse(ParticipantRole.class, i.role), Wire.parse(CampaignAccess.class, i.access),
                        Wire.parse(InviteStatus.class, i.status), i.claimedByParticipantId, i.createdAt, i.updatedAt))
                .toList();
    }

    private static SessionView view(SessionRow s) {
        SessionView.Spotlight spotlight = s.spotlightType == null ? null
                : new SessionView.Spotlight(Wire.parse(SpotlightType.class, s.spotlightType), s.spotlightCharacterId);
        return new SessionView(s.campaignId, s.sessionId, s.name, Wire.parse(SessionStatus.class, s.status), spotlight,
                s.startedAt, s.endedAt, s.diceCommitment, s.diceSeed);
    }

    private GateView view(GateRow g) {
        List<GateView.Response> responses = em.createQuery("select r from GateResponseRow r where r.gateId = :gate "
                        + "order by r.recordedAt, r.participantId", GateResponseRow.class)
                .setParameter("gate", g.gateId).getResultStream()
                .map(r -> new GateView.Response(r.participantId, r.decision, r.response, r.recordedAt)).toList();
        List<String> eligible = g.eligibleParticipantIds.isEmpty() ? List.of()
                : Arrays.asList(g.eligibleParticipantIds.split(","));
        GateStatus status = Wire.parse(GateStatus.class, g.status);
        return new GateView(g.campaignId, g.sessionId, g.gateId, g.gateType, g.reason, status,
                resolutionState(status, eligible, responses), eligible, responses, g.decision, g.resolution,
                g.openedAt, g.closedAt);
    }

    /** Derived, never stored: an open gate is ready to resolve once every eligible participant has answered. */
    static GateResolutionState resolutionState(GateStatus status, List<String> eligible,
                                               List<GateView.Response> responses) {
        return switch (status) {
            case RESOLVED -> GateResolutionState.RESOLVED;
            case ABANDONED -> GateResolutionState.ABANDONED;
            case OPEN -> responses.stream().map(GateView.Response::participantId).collect(Collectors.toSet())
                    .containsAll(eligible) ? GateResolutionState.READY_TO_RESOLVE
                    : GateResolutionState.PENDING_RESPONSES;
        };
    }
}
