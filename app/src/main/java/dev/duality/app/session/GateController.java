package dev.duality.app.session;

import dev.duality.app.security.Caller;
import dev.duality.app.web.Gateway;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.campaign.api.ParticipantId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.session.api.AbandonGate;
import dev.duality.core.session.api.GateId;
import dev.duality.core.session.api.OpenGate;
import dev.duality.core.session.api.RecordGateResponse;
import dev.duality.core.session.api.ResolveGate;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.value.Values;
import dev.duality.projections.session.api.GateView;
import dev.duality.projections.session.api.SessionQueries.FindGate;
import dev.duality.projections.session.api.SessionQueries.FindSession;
import dev.duality.projections.session.api.SessionView;
import dev.duality.projections.session.api.SessionQueries.ListGates;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import static dev.duality.core.value.Values.optional;
import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_NOT_FOUND;
import static dev.duality.core.session.api.SessionRejection.GATE_NOT_FOUND;
import static dev.duality.core.session.api.SessionRejection.SESSION_NOT_FOUND;

/** Session gates: open one, record answers, resolve or abandon it. At most one is open per session. */
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/sessions/{sessionId}/gates")
public class GateController {
    private final Gateway gateway;

    public GateController(Gateway gateway) {
        this.gateway = gateway;
    }

    public record OpenGateRequest(String gateType, String reason, List<String> eligibleParticipantIds) {
    }

    /** {@code participant_id} defaults to the caller; owners and managers may record for someone else. */
    public record ResponseRequest(String participantId, String decision, String response) {
    }

    public record ResolveRequest(String decision, String resolution) {
    }

    public record AbandonRequest(String reason) {
    }

    public record GateList(List<GateView> items) {
    }

    @PostMapping
    public ResponseEntity<GateView> open(@PathVariable String campaignId, @PathVariable String sessionId,
                                         @RequestBody OpenGateRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        GateId gateId = GateId.generate();
        List<ParticipantId> eligible = new ArrayList<>();
        List<String> requested = body.eligibleParticipantIds() == null ? List.of() : body.eligibleParticipantIds();
        for (int i = 0; i < requested.size(); i++) {
            eligible.add(ParticipantId.of(Values.id(requested.get(i), "eligible_participant_ids[" + i + "]")));
        }
        gateway.send(new OpenGate(id, SessionId.of(sessionId), gateId, ShortCode.of(body.gateType(), "gate_type"),
                optional(body.reason(), v -> FreeText.of(v, "reason")), eligible), CAMPAIGN_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/sessions/" + sessionId + "/gates/"
                + gateId)).body(find(id, gateId.value()));
    }

    @GetMapping
    public GateList list(@PathVariable String campaignId, @PathVariable String sessionId) {
        CampaignId id = CampaignId.of(campaignId);
        SessionId session = SessionId.of(sessionId);
        gateway.require(new FindSession(id.value(), session.value()), SessionView.class, SESSION_NOT_FOUND,
                "session " + session);
        return new GateList(gateway.list(new ListGates(id.value(), session.value()), GateView.class));
    }

    @GetMapping("/{gateId}")
    public GateView get(@PathVariable String campaignId, @PathVariable String sessionId, @PathVariable String gateId) {
        GateView gate = find(CampaignId.of(campaignId), GateId.of(gateId).value());
        // a gate is only found under the session it belongs to
        dev.duality.core.rejection.Rejected.unless(gate.sessionId().equals(SessionId.of(sessionId).value()),
                GATE_NOT_FOUND, "gate " + gateId + " is not in session " + sessionId);
        return gate;
    }

    @PostMapping("/{gateId}/responses")
    public GateView respond(@PathVariable String campaignId, @PathVariable String sessionId,
                            @PathVariable String gateId, @RequestBody ResponseRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        String participant = body.participantId() != null ? Values.id(body.participantId(), "participant_id")
                : Caller.current().map(Caller::actorId).orElse(null);
        gateway.send(new RecordGateResponse(id, SessionId.of(sessionId), GateId.of(gateId),
                ParticipantId.of(Values.required(participant, "participant_id")),
                ShortCode.of(body.decision(), "decision"), optional(body.response(), v -> FreeText.of(v, "response"))),
                CAMPAIGN_NOT_FOUND);
        return find(id, gateId);
    }

    @PostMapping("/{gateId}/resolve")
    public GateView resolve(@PathVariable String campaignId, @PathVariable String sessionId,
                            @PathVariable String gateId, @RequestBody ResolveRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        gateway.send(new ResolveGate(id, SessionId.of(sessionId), GateId.of(gateId),
                optional(body.decision(), v -> ShortCode.of(v, "decision")),
                optional(body.resolution(), v -> FreeText.of(v, "resolution"))), CAMPAIGN_NOT_FOUND);
        return find(id, gateId);
    }

    @PostMapping("/{gateId}/abandon")
    public GateView abandon(@PathVariable String campaignId, @PathVariable String sessionId,
                            @PathVariable String gateId, @RequestBody(required = false) AbandonRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        String reason = body == null ? null : body.reason();
        gateway.send(new AbandonGate(id, SessionId.of(sessionId), GateId.of(gateId),
                optional(reason, v -> FreeText.of(v, "reason"))), CAMPAIGN_NOT_FOUND);
        return find(id, gateId);
    }

    private GateView find(CampaignId campaignId, String gateId) {
        return gateway.require(new FindGate(campaignId.value(), gateId), GateView.class, GATE_NOT_FOUND,
                "gate " + gateId);
    }
}
