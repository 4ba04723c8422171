package dev.duality.app.campaign;

import dev.duality.web.CampaignGuard;

import dev.duality.web.Gateway;
import dev.duality.web.SendsCommand;
import dev.duality.core.campaign.api.CampaignAccess;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.campaign.api.JoinParticipant;
import dev.duality.core.campaign.api.LeaveParticipant;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.campaign.api.ParticipantId;
import dev.duality.core.campaign.api.ParticipantRole;
import dev.duality.core.campaign.api.UpdateParticipant;
import dev.duality.core.value.Values;
import dev.duality.projections.campaign.api.CampaignQueries.FindParticipant;
import dev.duality.projections.campaign.api.CampaignQueries.ListParticipants;
import dev.duality.projections.campaign.api.ParticipantView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

import static dev.duality.core.value.Values.optional;
import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_NOT_FOUND;
import static dev.duality.core.campaign.api.CampaignRejection.PARTICIPANT_NOT_FOUND;

/** Participants of a campaign: join, list, read, update and leave. */
@Tag(name = "Participants")
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/participants")
public class ParticipantController {
    private final Gateway gateway;
    private final CampaignGuard reads;

    public ParticipantController(Gateway gateway, CampaignGuard reads) {
        this.gateway = gateway;
        this.reads = reads;
    }

    public record JoinRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ParticipantRole role,
                              @Schema(description = "Default member; only an owner may grant owner")
                              CampaignAccess access) {
    }

    /** At least one field; absent fields stay as they are. */
    public record UpdateRequest(String name, ParticipantRole role,
                                @Schema(description = "Only an owner may grant or take away owner access")
                                CampaignAccess access) {
    }

    @Schema(description = "Every participant of the campaign, in joining order")
    public record ParticipantList(List<ParticipantView> items) {
    }

    @Operation(operationId = "listParticipants", summary = "List the participants",
            description = "Participants in joining order. **Who may call:** any participant of the campaign, or the "
                    + "admin.")
    @ApiResponse(responseCode = "200", description = "The participants", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "CAMPAIGN_NOT_FOUND")
    @GetMapping
    public ParticipantList list(@PathVariable String campaignId) {
        CampaignId id = CampaignId.of(campaignId);
        reads.requireCampaign(id);
        return new ParticipantList(gateway.list(new ListParticipants(id.value()), ParticipantView.class));
    }

    @Operation(operationId = "addParticipant", summary = "Seat a participant directly",
            description = "Adds a participant without an invite (use invites to give someone their own token: a "
                    + "participant seated here has no access token).")
    @SendsCommand(JoinParticipant.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "player", value = """
                    {"name": "Riley", "role": "player", "access": "member"}""")))
    @ApiResponse(responseCode = "201", description = "Joined; Location names the participant",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, NAME_INVALID")
    @PostMapping
    public ResponseEntity<ParticipantView> join(@PathVariable String campaignId, @RequestBody JoinRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        ParticipantId participantId = ParticipantId.generate();
        gateway.send(new JoinParticipant(id, participantId, Name.of(body.name(), "name"),
                Values.required(body.role(), "role"),
                body.access() == null ? CampaignAccess.MEMBER : body.access()), CAMPAIGN_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/participants/" + participantId))
                .body(find(id, participantId));
    }

    @Operation(operationId = "getParticipant", summary = "Read a participant",
            description = "**Who may call:** any participant of the campaign, or the admin. An unknown campaign "
                    + "answers PARTICIPANT_NOT_FOUND too.")
    @ApiResponse(responseCode = "200", description = "The participant", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "PARTICIPANT_NOT_FOUND")
    @GetMapping("/{participantId}")
    public ParticipantView get(@PathVariable String campaignId, @PathVariable String participantId) {
        return find(CampaignId.of(campaignId), ParticipantId.of(participantId));
    }

    @Operation(operationId = "updateParticipant", summary = "Change a participant's name, role or access")
    @SendsCommand(UpdateParticipant.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "promote", value = """
                    {"access": "manager"}""")))
    @ApiResponse(responseCode = "200", description = "The updated participant", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "NAME_INVALID")
    @PatchMapping("/{participantId}")
    public ParticipantView update(@PathVariable String campaignId, @PathVariable String participantId,
                                  @RequestBody UpdateRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        ParticipantId pid = ParticipantId.of(participantId);
        gateway.send(new UpdateParticipant(id, pid, optional(body.name(), v -> Name.of(v, "name")), body.role(),
                body.access()), CAMPAIGN_NOT_FOUND);
        return find(id, pid);
    }

    @Operation(operationId = "removeParticipant", summary = "Leave, or remove a participant",
            description = "A participant leaves (or an owner or manager removes them). Their access token stops "
                    + "working. Someone who still owns characters cannot leave: transfer or delete them first.")
    @SendsCommand(LeaveParticipant.class)
    @ApiResponse(responseCode = "204", description = "Left")
    @ApiResponse(responseCode = "400", description = "TEXT_INVALID")
    @DeleteMapping("/{participantId}")
    public ResponseEntity<Void> leave(@PathVariable String campaignId, @PathVariable String participantId,
                                      @Parameter(description = "Why, recorded in the journal (free text)")
                                      @RequestParam(required = false) String reason) {
        gateway.send(new LeaveParticipant(CampaignId.of(campaignId), ParticipantId.of(participantId),
                optional(reason, v -> FreeText.of(v, "reason"))), CAMPAIGN_NOT_FOUND);
        return ResponseEntity.noContent().build();
    }

    private ParticipantView find(CampaignId campaignId, ParticipantId participantId) {
        return gateway.require(new FindParticipant(campaignId.value(), participantId.value()), ParticipantView.class,
                PARTICIPANT_NOT_FOUND, "participant " + participantId);
    }
}
