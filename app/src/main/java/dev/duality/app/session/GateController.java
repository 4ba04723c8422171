package dev.duality.app.session;

import dev.duality.web.Caller;
import dev.duality.web.Gateway;
import dev.duality.web.SendsCommand;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Gates")
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/sessions/{sessionId}/gates")
public class GateController {
    private final Gateway gateway;

    public GateController(Gateway gateway) {
        this.gateway = gateway;
    }

    public record OpenGateRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                          description = "A short code: 1-64 lowercase letters, digits, _ . -")
                                  String gateType,
                                  String reason,
                                  @Schema(description = "Who may answer; empty or absent means every participant "
                                          + "seated now") List<String> eligibleParticipantIds) {
    }

    /** {@code participant_id} defaults to the caller; owners and managers may record for someone else. */
    public record ResponseRequest(@Schema(description = "Defaults to the caller") String participantId,
                                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                          description = "A short code") String decision,
                                  @Schema(description = "Free text") String response) {
    }

    public record ResolveRequest(@Schema(description = "A short code") String decision,
                                 @Schema(description = "Free text") String resolution) {
    }

    public record AbandonRequest(String reason) {
    }

    @Schema(description = "Every gate of the session with its responses, oldest first")
    public record GateList(List<GateView> items) {
    }

    @Operation(operationId = "openGate", summary = "Open a gate",
            description = "Opens the session's one gate: a decision the table must take before play goes on. While "
                    + "it is open, commands not allowed at an open gate (rolls, outcomes, ending the session, ...) "
                    + "are refused with SESSION_GATE_OPEN; a second gate is refused the same way.")
    @SendsCommand(OpenGate.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "group_decision", value = """
                    {"gate_type": "group_decision", "reason": "Cross the river at night?",
                     "eligible_participant_ids": ["0c2d7e9f-1a3b-4c5d-8e6f-7a8b9c0d1e2f"]}""")))
    @ApiResponse(responseCode = "201", description = "Opened; Location names the gate", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, CODE_INVALID, TEXT_INVALID, ID_INVALID")
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

    @Operation(operationId = "listGates", summary = "List a session's gates",
            description = "Open and closed gates with their responses. **Who may call:** any participant of the "
                    + "campaign, or the admin.")
    @ApiResponse(responseCode = "200", description = "The gates", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "SESSION_NOT_FOUND")
    @GetMapping
    public GateList list(@PathVariable String campaignId, @PathVariable String sessionId) {
        CampaignId id = CampaignId.of(campaignId);
        SessionId session = SessionId.of(sessionId);
        gateway.require(new FindSession(id.value(), session.value()), SessionView.class, SESSION_NOT_FOUND,
                "session " + session);
        return new GateList(gateway.list(new ListGates(id.value(), session.value()), GateView.class));
    }

    @Operation(operationId = "getGate", summary = "Read a gate",
            description = "The gate with its responses and `resolution_state`: `pending_responses` until every "
                    + "eligible participant has answered, then `ready_to_resolve`, and `resolved` or `abandoned` once "
                    + "closed. A gate is found only under the session it belongs to. "
                    + "**Who may call:** any participant of the campaign, or the admin.")
    @ApiResponse(responseCode = "200", description = "The gate", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "GATE_NOT_FOUND")
    @GetMapping("/{gateId}")
    public GateView get(@PathVariable String campaignId, @PathVariable String sessionId, @PathVariable String gateId) {
        GateView gate = find(CampaignId.of(campaignId), GateId.of(gateId).value());
        // a gate is only found under the session it belongs to
        dev.duality.core.rejection.Rejected.unless(gate.sessionId().equals(SessionId.of(sessionId).value()),
                GATE_NOT_FOUND, "gate " + gateId + " is not in session " + sessionId);
        return gate;
    }

    @Operation(operationId = "recordGateResponse", summary = "Answer the open gate",
            description = "Records one eligible participant's answer, once. `participant_id` defaults to the caller; "
                    + "owners and managers may record an answer for someone else.")
    @SendsCommand(RecordGateResponse.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "answer", value = """
                    {"decision": "cross", "response": "We go now, quietly."}""")))
    @ApiResponse(responseCode = "200", description = "The gate with the answer", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, ID_INVALID, CODE_INVALID, TEXT_INVALID")
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

    @Operation(operationId = "resolveGate", summary = "Resolve the open gate",
            description = "Closes the gate with an optional decision and resolution, whether or not everyone has "
                    + "answered.")
    @SendsCommand(ResolveGate.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "resolve", value = """
                    {"decision": "cross", "resolution": "The party crosses under the new moon."}""")))
    @ApiResponse(responseCode = "200", description = "The resolved gate", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "CODE_INVALID, TEXT_INVALID")
    @PostMapping("/{gateId}/resolve")
    public GateView resolve(@PathVariable String campaignId, @PathVariable String sessionId,
                            @PathVariable String gateId, @RequestBody ResolveRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        gateway.send(new ResolveGate(id, SessionId.of(sessionId), GateId.of(gateId),
                optional(body.decision(), v -> ShortCode.of(v, "decision")),
                optional(body.resolution(), v -> FreeText.of(v, "resolution"))), CAMPAIGN_NOT_FOUND);
        return find(id, gateId);
    }

    @Operation(operationId = "abandonGate", summary = "Abandon the open gate",
            description = "Closes the gate without a decision. The body is optional.")
    @SendsCommand(AbandonGate.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "abandon", value = """
                    {"reason": "The river froze over."}""")))
    @ApiResponse(responseCode = "200", description = "The abandoned gate", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "TEXT_INVALID")
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
