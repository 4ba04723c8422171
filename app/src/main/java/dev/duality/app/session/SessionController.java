package dev.duality.app.session;

import dev.duality.app.campaign.CampaignReads;
import dev.duality.app.web.Gateway;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.session.api.ClearSpotlight;
import dev.duality.core.session.api.EndSession;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.session.api.SetSpotlight;
import dev.duality.core.session.api.SpotlightType;
import dev.duality.core.session.api.StartSession;
import dev.duality.core.value.Values;
import dev.duality.projections.session.api.SessionQueries.FindActiveSession;
import dev.duality.projections.session.api.SessionQueries.FindSession;
import dev.duality.projections.session.api.SessionQueries.ListSessions;
import dev.duality.projections.session.api.SessionView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

import static dev.duality.core.value.Values.optional;
import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_NOT_FOUND;
import static dev.duality.core.session.api.SessionRejection.SESSION_NOT_FOUND;

/** Sessions of a campaign: start (readiness-checked), end, the active session, and the spotlight. */
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/sessions")
public class SessionController {
    private final Gateway gateway;
    private final CampaignReads reads;

    public SessionController(Gateway gateway, CampaignReads reads) {
        this.gateway = gateway;
        this.reads = reads;
    }

    public record StartSessionRequest(String name) {
    }

    public record SpotlightRequest(SpotlightType type, String characterId) {
    }

    public record SessionList(List<SessionView> items) {
    }

    /** The body is optional: a session needs no name. */
    @PostMapping
    public ResponseEntity<SessionView> start(@PathVariable String campaignId,
                                             @RequestBody(required = false) StartSessionRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        SessionId sessionId = SessionId.generate();
        String name = body == null ? null : body.name();
        gateway.send(new StartSession(id, sessionId, optional(name, v -> Name.of(v, "name"))), CAMPAIGN_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/sessions/" + sessionId))
                .body(find(id, sessionId.value()));
    }

    @GetMapping
    public SessionList list(@PathVariable String campaignId) {
        CampaignId id = CampaignId.of(campaignId);
        reads.requireCampaign(id);
        return new SessionList(gateway.list(new ListSessions(id.value()), SessionView.class));
    }

    @GetMapping("/active")
    public SessionView active(@PathVariable String campaignId) {
        CampaignId id = CampaignId.of(campaignId);
        reads.requireCampaign(id);
        return gateway.require(new FindActiveSession(id.value()), SessionView.class, SESSION_NOT_FOUND,
                "an active session");
    }

    @GetMapping("/{sessionId}")
    public SessionView get(@PathVariable String campaignId, @PathVariable String sessionId) {
        return find(CampaignId.of(campaignId), SessionId.of(sessionId).value());
    }

    @PostMapping("/{sessionId}/end")
    public SessionView end(@PathVariable String campaignId, @PathVariable String sessionId) {
        CampaignId id = CampaignId.of(campaignId);
        gateway.send(new EndSession(id, SessionId.of(sessionId)), CAMPAIGN_NOT_FOUND);
        return find(id, sessionId);
    }

    @PutMapping("/{sessionId}/spotlight")
    public SessionView setSpotlight(@PathVariable String campaignId, @PathVariable String sessionId,
                                    @RequestBody SpotlightRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        gateway.send(new SetSpotlight(id, SessionId.of(sessionId), Values.required(body.type(), "type"),
                optional(body.characterId(), v -> CharacterId.of(Values.id(v, "character_id")))), CAMPAIGN_NOT_FOUND);
        return find(id, sessionId);
    }

    @DeleteMapping("/{sessionId}/spotlight")
    public SessionView clearSpotlight(@PathVariable String campaignId, @PathVariable String sessionId,
                                      @RequestParam(required = false) String reason) {
        CampaignId id = CampaignId.of(campaignId);
        gateway.send(new ClearSpotlight(id, SessionId.of(sessionId), optional(reason, v -> FreeText.of(v, "reason"))),
                CAMPAIGN_NOT_FOUND);
        return find(id, sessionId);
    }

    private SessionView find(CampaignId campaignId, String sessionId) {
        return gateway.require(new FindSession(campaignId.value(), sessionId), SessionView.class, SESSION_NOT_FOUND,
                "session " + sessionId);
    }
}
