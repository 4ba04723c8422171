package dev.duality.app.campaign;

import dev.duality.web.CampaignGuard;

import dev.duality.app.security.Secrets;
import dev.duality.web.Gateway;
import dev.duality.web.SendsCommand;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
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

import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_NOT_FOUND;

/** Invites: owners and managers create and revoke them; whoever holds a code claims a seat with it, once. */
@Tag(name = "Invites")
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/invites")
public class InviteController {
    private final Gateway gateway;
    private final CampaignGuard reads;

    public InviteController(Gateway gateway, CampaignGuard reads) {
        this.gateway = gateway;
        this.reads = reads;
    }

    public record CreateInviteRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ParticipantRole role,
                                      @Schema(description = "Default member; only an owner may invite an owner")
                                      CampaignAccess access) {
    }

    /** The code is shown here once; only its hash is kept. */
    @Schema(description = "A new invite with its code, shown only here")
    public record InviteCreatedResponse(
            @Schema(example = "2f4e6d8c-0b1a-4c3e-9d5f-7a6b8c9d0e1f") String inviteId,
            @Schema(description = "The invite code (`dinv_…`) to hand to the invitee; only its hash is kept",
                    example = "dinv_tv2q4tTp-Sy43bsSRHkuuyZLbL9mAwijNOz_mE-ZWGA") String code,
            @Schema(description = "The role whoever claims it gets", example = "player") ParticipantRole role,
            @Schema(description = "The access whoever claims it gets", example = "member") CampaignAccess access) {
    }

    public record ClaimInviteRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String code,
                                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                             description = "The new participant's name") String name) {
    }

    /** The new participant's access token, shown once. */
    @Schema(description = "The new participant, with its access token shown only here")
    public record InviteClaimedResponse(
            @Schema(example = "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d") String campaignId,
            @Schema(example = "0c2d7e9f-1a3b-4c5d-8e6f-7a8b9c0d1e2f") String participantId,
            @Schema(description = "The new participant's bearer token (`dpt_…`), shown only here",
                    example = "dpt_axKXTy5YscuO2lY3UQEh-9lVAT7DAO99qLK2ct-xlcY") String accessToken) {
    }

    @Schema(description = "Every invite of the campaign, oldest first")
    public record InviteList(List<InviteView> items) {
    }

    @Operation(operationId = "createInvite", summary = "Create an invite",
            description = "Creates a single-use invite for a seat with the given role and access. The answer carries "
                    + "the invite code, shown only here: hand it to the person you invite.")
    @SendsCommand(CreateInvite.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "player", value = """
                    {"role": "player", "access": "member"}""")))
    @ApiResponse(responseCode = "201", description = "Created; the code is shown only here",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED")
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
                .body(new InviteCreatedResponse(inviteId.value(), code, role, access));
    }

    @Operation(operationId = "listInvites", summary = "List the invites",
            description = "Every invite with its status (open, claimed, revoked); codes are never shown again. **Who "
                    + "may call:** an owner or a manager, or the admin.")
    @ApiResponse(responseCode = "200", description = "The invites", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "403", description = "AUTHZ_DENY_REQUIRES_MANAGER")
    @ApiResponse(responseCode = "404", description = "CAMPAIGN_NOT_FOUND")
    @GetMapping
    public InviteList list(@PathVariable String campaignId) {
        CampaignId id = CampaignId.of(campaignId);
        reads.requireGovernor(id);
        return new InviteList(gateway.list(new ListInvites(id.value()), InviteView.class));
    }

    @Operation(operationId = "revokeInvite", summary = "Revoke an open invite")
    @SendsCommand(RevokeInvite.class)
    @ApiResponse(responseCode = "204", description = "Revoked")
    @DeleteMapping("/{inviteId}")
    public ResponseEntity<Void> revoke(@PathVariable String campaignId, @PathVariable String inviteId) {
        gateway.send(new RevokeInvite(CampaignId.of(campaignId), InviteId.of(inviteId)), CAMPAIGN_NOT_FOUND);
        return ResponseEntity.noContent().build();
    }

    /** Public: the code is the credential. The new participant is the actor of its own joining. */
    @Operation(operationId = "claimInvite", summary = "Claim an invite and join",
            description = "Needs no token: the invite code is the credential. Joins the campaign with the invite's "
                    + "role and access; the answer carries the new participant's access token, shown only here. An "
                    + "invite is single-use.")
    @SecurityRequirements
    @SendsCommand(ClaimInvite.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "claim", value = """
                    {"code": "dinv_tv2q4tTp-Sy43bsSRHkuuyZLbL9mAwijNOz_mE-ZWGA", "name": "Riley"}""")))
    @ApiResponse(responseCode = "201", description = "Joined; Location names the new participant",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, NAME_INVALID")
    @PostMapping("/claim")
    public ResponseEntity<InviteClaimedResponse> claim(@PathVariable String campaignId,
                                                       @RequestBody ClaimInviteRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        String code = Values.required(body.code(), "code");
        ParticipantId participantId = ParticipantId.generate();
        String token = Secrets.newToken();
        gateway.send(new ClaimInvite(id, Secrets.hash(code), participantId, Name.of(body.name(), "name"),
                Secrets.hash(token)), CAMPAIGN_NOT_FOUND, participantId.value());
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/participants/" + participantId))
                .body(new InviteClaimedResponse(id.value(), participantId.value(), token));
    }
}
