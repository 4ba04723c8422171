package dev.duality.app.campaign;

import dev.duality.web.CampaignGuard;

import dev.duality.web.Gateway;
import dev.duality.web.SendsCommand;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.CharacterKind;
import dev.duality.core.campaign.api.CreateCharacter;
import dev.duality.core.campaign.api.DeleteCharacter;
import dev.duality.core.campaign.api.TransferCharacter;
import dev.duality.core.campaign.api.UpdateCharacter;
import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.campaign.api.ParticipantId;
import dev.duality.core.value.Values;
import dev.duality.projections.campaign.api.CampaignQueries.FindCharacter;
import dev.duality.projections.campaign.api.CampaignQueries.ListCharacters;
import dev.duality.projections.campaign.api.CharacterView;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

import static dev.duality.core.value.Values.optional;
import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_NOT_FOUND;
import static dev.duality.core.campaign.api.CampaignRejection.CHARACTER_NOT_FOUND;

/** Characters of a campaign (core identity and ownership). */
@Tag(name = "Characters")
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/characters")
public class CharacterController {
    private final Gateway gateway;
    private final CampaignGuard reads;

    public CharacterController(Gateway gateway, CampaignGuard reads) {
        this.gateway = gateway;
        this.reads = reads;
    }

    public record CreateCharacterRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
                                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) CharacterKind kind,
                                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                                 description = "Members may only name themselves")
                                         String ownerParticipantId,
                                         String notes) {
    }

    @Schema(description = "Every character of the campaign, deleted ones included, in creation order")
    public record CharacterList(List<CharacterView> items) {
    }

    /** At least one field; absent fields stay as they are. */
    public record UpdateCharacterRequest(String name, CharacterKind kind, String notes) {
    }

    public record TransferRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String newOwnerParticipantId) {
    }

    @Operation(operationId = "createCharacter", summary = "Create a character",
            description = "A player or NPC character owned by a participant. Members create characters they own; "
                    + "owners, managers and GMs may create them for anyone.")
    @SendsCommand(CreateCharacter.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "pc", value = """
                    {"name": "Sable", "kind": "pc", "owner_participant_id": "0c2d7e9f-1a3b-4c5d-8e6f-7a8b9c0d1e2f",
                     "notes": "A ranger who hears the trees"}""")))
    @ApiResponse(responseCode = "201", description = "Created; Location names the character",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, NAME_INVALID, ID_INVALID, TEXT_INVALID")
    @PostMapping
    public ResponseEntity<CharacterView> create(@PathVariable String campaignId,
                                                @RequestBody CreateCharacterRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        CharacterId characterId = CharacterId.generate();
        gateway.send(new CreateCharacter(id, characterId,
                ParticipantId.of(Values.id(body.ownerParticipantId(), "owner_participant_id")),
                Name.of(body.name(), "name"), Values.required(body.kind(), "kind"),
                optional(body.notes(), v -> FreeText.of(v, "notes"))), CAMPAIGN_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/characters/" + characterId))
                .body(find(id, characterId));
    }

    @Operation(operationId = "listCharacters", summary = "List the characters",
            description = "Characters in creation order, deleted ones included (with `deleted` set). **Who may "
                    + "call:** any participant of the campaign, or the admin.")
    @ApiResponse(responseCode = "200", description = "The characters", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "CAMPAIGN_NOT_FOUND")
    @GetMapping
    public CharacterList list(@PathVariable String campaignId) {
        CampaignId id = CampaignId.of(campaignId);
        reads.requireCampaign(id);
        return new CharacterList(gateway.list(new ListCharacters(id.value()), CharacterView.class));
    }

    @Operation(operationId = "getCharacter", summary = "Read a character",
            description = "**Who may call:** any participant of the campaign, or the admin. An unknown campaign "
                    + "answers CHARACTER_NOT_FOUND too.")
    @ApiResponse(responseCode = "200", description = "The character", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "CHARACTER_NOT_FOUND")
    @GetMapping("/{characterId}")
    public CharacterView get(@PathVariable String campaignId, @PathVariable String characterId) {
        return find(CampaignId.of(campaignId), CharacterId.of(characterId));
    }

    @Operation(operationId = "updateCharacter", summary = "Change a character's name, kind or notes")
    @SendsCommand(UpdateCharacter.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "notes", value = """
                    {"notes": "Carries a carved stone from the ford"}""")))
    @ApiResponse(responseCode = "200", description = "The updated character", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "NAME_INVALID, TEXT_INVALID")
    @PatchMapping("/{characterId}")
    public CharacterView update(@PathVariable String campaignId, @PathVariable String characterId,
                                @RequestBody UpdateCharacterRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        CharacterId cid = CharacterId.of(characterId);
        gateway.send(new UpdateCharacter(id, cid, optional(body.name(), v -> Name.of(v, "name")), body.kind(),
                optional(body.notes(), v -> FreeText.of(v, "notes"))), CAMPAIGN_NOT_FOUND);
        return find(id, cid);
    }

    /** A soft delete: the character stays listed with {@code deleted} set, and can no longer change. */
    @Operation(operationId = "deleteCharacter", summary = "Delete a character (soft)",
            description = "The character stays listed with `deleted` set and can no longer change.")
    @SendsCommand(DeleteCharacter.class)
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "400", description = "TEXT_INVALID")
    @DeleteMapping("/{characterId}")
    public ResponseEntity<Void> delete(@PathVariable String campaignId, @PathVariable String characterId,
                                       @Parameter(description = "Why, recorded in the journal (free text)")
                                       @RequestParam(required = false) String reason) {
        gateway.send(new DeleteCharacter(CampaignId.of(campaignId), CharacterId.of(characterId),
                optional(reason, v -> FreeText.of(v, "reason"))), CAMPAIGN_NOT_FOUND);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "transferCharacter", summary = "Give a character to another participant")
    @SendsCommand(TransferCharacter.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "transfer", value = """
                    {"new_owner_participant_id": "b3e1d6f2-4c5a-4e7b-8f9d-0a1b2c3d4e5f"}""")))
    @ApiResponse(responseCode = "200", description = "The character with its new owner", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, ID_INVALID")
    @PostMapping("/{characterId}/transfer")
    public CharacterView transfer(@PathVariable String campaignId, @PathVariable String characterId,
                                  @RequestBody TransferRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        CharacterId cid = CharacterId.of(characterId);
        String owner = Values.id(body.newOwnerParticipantId(), "new_owner_participant_id");
        gateway.send(new TransferCharacter(id, cid, ParticipantId.of(owner)), CAMPAIGN_NOT_FOUND);
        return find(id, cid);
    }

    /** The character within its campaign, or CHARACTER_NOT_FOUND. */
    CharacterView find(CampaignId campaignId, CharacterId characterId) {
        return gateway.require(new FindCharacter(campaignId.value(), characterId.value()), CharacterView.class,
                CHARACTER_NOT_FOUND, "character " + characterId);
    }
}
