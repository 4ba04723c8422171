package dev.duality.app.campaign;

import dev.duality.app.security.Secrets;
import dev.duality.app.web.Gateway;
import dev.duality.core.campaign.api.CampaignAccess;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.ClaimInvite;
import dev.duality.core.campaign.api.CreateInvite;
import dev.duality.core.campaign.api.InviteId;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.campaign.api.ParticipantId;
import dev.duality.core.campaign.api.ParticipantRole;
import dev.duality.core.campaign.api.RevokeInvite;
import dev.duality.core.value.Values;
import dev.duality.projections.session.api.InviteView;
import dev.duality.projections.session.api.SessionQueries.ListInvites;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_NOT_FOUND;

/** Invites: owners and managers create and revoke them; whoever holds a code claims a seat with it, once. */
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/invites")
public class InviteController {
    private final Gateway gateway;
    private final CampaignReads reads;

    public InviteController(Gateway gateway, CampaignReads reads) {
        this.gateway = gateway;
        this.reads = reads;
    }

    public record CreateInviteRequest(ParticipantRole role, CampaignAccess access) {
    }

    /** The code is shown here once; only its hash is kept. */
    public record InviteCreatedResponse(String inviteId, String code, String role, String access) {
    }

    public record ClaimInviteRequest(String code, String name) {
    }

    /** The new participant's access token, shown once. */
    public record InviteClaimedResponse(String campaignId, String participantId, String accessToken) {
    }

    public record InviteList(List<InviteView> items) {
    }

    @PostMapping
    public ResponseEntity<InviteCreatedResponse> create(@PathVariable String campaignId,
                                                        @RequestBody CreateInviteRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        InviteId inviteId = InviteId.generate();
        String code = Secrets.newInviteCode();
        ParticipantRole role = Values.required(body.role(), "role");
        CampaignAccess access = body.access() == null ? CampaignAccess.MEMBER : body.access();
        gateway.send(new CreateInvite(id, inviteId, role, access, Secrets.hash(code)), CAMPAIGN_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/invites/" + inviteId))
                .body(new InviteCreatedResponse(inviteId.value(), code, dev.duality.projections.Wire.name(role),
                        dev.duality.projections.Wire.name(access)));
    }

    @GetMapping
    public InviteList list(@PathVariable String campaignId) {
        CampaignId id = CampaignId.of(campaignId);
        reads.requireGovernor(id);
        return new InviteList(gateway.list(new ListInvites(id.value()), InviteView.class));
    }

    @DeleteMapping("/{inviteId}")
    public ResponseEntity<Void> revoke(@PathVariable String campaignId, @PathVariable String inviteId) {
        gateway.send(new RevokeInvite(CampaignId.of(campaignId), InviteId.of(inviteId)), CAMPAIGN_NOT_FOUND);
        return ResponseEntity.noContent().build();
    }

    /** Public: the code is the credential. The new participant is the actor of its own joining. */
    @PostMapping("/claim")
    public ResponseEntity<InviteClaimedResponse> claim(@PathVariable String campaignId,
                                                       @RequestBody ClaimInviteRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        String code = Values.required(body.code(), "code");
        ParticipantId participantId = ParticipantId.generate();
        String token = Secrets.newToken();
        gateway.send(new ClaimInvite(id, Secrets.hash(code), participantId, Name.of(body.name(), "name"),
                Secrets.hash(token)), CAMPAIGN_NOT_FOUND, Map.of(), participantId.value());
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/participants/" + participantId))
                .body(new InviteClaimedResponse(id.value(), participantId.value(), token));
    }
}
