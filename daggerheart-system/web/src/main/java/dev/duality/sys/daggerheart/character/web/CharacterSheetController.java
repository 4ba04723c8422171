package dev.duality.sys.daggerheart.character.web;

import dev.duality.web.CampaignGuard;
import dev.duality.web.ApiRejection;
import dev.duality.web.Gateway;
import dev.duality.web.SendsCommand;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CampaignRejection;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;
import dev.duality.projections.campaign.api.CampaignQueries.FindCharacter;
import dev.duality.projections.campaign.api.CharacterView;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterSheetView;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterSheetQueries.FindCharacterSheet;
import dev.duality.sys.daggerheart.DaggerheartModule;
import dev.duality.sys.daggerheart.character.api.CreateDaggerheartCharacter;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
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

import static dev.duality.core.campaign.api.CampaignRejection.CHARACTER_NOT_FOUND;

/** Daggerheart character sheets of a campaign's characters. */
@Tag(name = "Daggerheart", description = "The Daggerheart game system: character sheets and the GM's Fear.")
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/daggerheart/characters")
public class CharacterSheetController {
    private final Gateway gateway;
    private final CampaignGuard guard;

    public CharacterSheetController(Gateway gateway, CampaignGuard guard) {
        this.gateway = gateway;
        this.guard = guard;
    }

    public record CreateSheetRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String characterId,
                                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                     DaggerheartClass characterClass) {
    }

    @Operation(operationId = "createDaggerheartSheet", summary = "Give a character its Daggerheart sheet",
            description = "Builds the character's level-1 sheet for its class (HP, Stress, Hope, Evasion, "
                    + "Proficiency, damage thresholds). Every character needs one before a session can start.")
    @SendsCommand(CreateDaggerheartCharacter.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "ranger", value = """
                    {"character_id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", "character_class": "ranger"}""")))
    @ApiResponse(responseCode = "201", description = "Created; Location names the sheet", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, ID_INVALID")
    @ApiResponse(responseCode = "404", description = "CHARACTER_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "CHARACTER_SHEET_EXISTS, CHARACTER_DELETED")
    @ApiResponse(responseCode = "422", description = "CAMPAIGN_SYSTEM_MISMATCH")
    @PostMapping
    public ResponseEntity<CharacterSheetView> create(@PathVariable String campaignId,
                                                     @RequestBody CreateSheetRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        CharacterId characterId = CharacterId.of(Values.required(body.characterId(), "character_id"));
        DaggerheartClass characterClass = Values.required(body.characterClass(), "character_class");
        guard.requirePlays(id, DaggerheartModule.SYSTEM_ID);
        // the body's character_id names the missing character: the answer says so
        CharacterView character = gateway.find(new FindCharacter(id.value(), characterId.value()), CharacterView.class)
                .orElseThrow(() -> new Rejected(CHARACTER_NOT_FOUND, "character_id",
                        "character " + characterId + " does not exist"));
        Rejected.unless(!character.deleted(), CampaignRejection.CHARACTER_DELETED, "character_id",
                "character " + characterId + " was deleted");
        gateway.send(new CreateDaggerheartCharacter(characterId, id, characterClass),
                ApiRejection.CHARACTER_SHEET_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/daggerheart/characters/" + characterId))
                .body(find(id, characterId));
    }

    @Operation(operationId = "getDaggerheartSheet", summary = "Read a character's Daggerheart sheet",
            description = "**Who may call:** any participant of the campaign, or the admin.")
    @ApiResponse(responseCode = "200", description = "The sheet", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "CHARACTER_SHEET_NOT_FOUND")
    @GetMapping("/{characterId}")
    public CharacterSheetView get(@PathVariable String campaignId, @PathVariable String characterId) {
        return find(CampaignId.of(campaignId), CharacterId.of(characterId));
    }

    private CharacterSheetView find(CampaignId campaignId, CharacterId characterId) {
        return gateway.require(new FindCharacterSheet(campaignId.value(), characterId.value()),
                CharacterSheetView.class, ApiRejection.CHARACTER_SHEET_NOT_FOUND,
                "Daggerheart sheet of character " + characterId);
    }
}
