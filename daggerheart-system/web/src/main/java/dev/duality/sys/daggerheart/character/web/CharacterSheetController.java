package dev.duality.sys.daggerheart.character.web;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.DaggerheartModule;
import dev.duality.sys.daggerheart.DaggerheartRejection;
import dev.duality.sys.daggerheart.character.api.CreateDaggerheartCharacter;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import dev.duality.sys.daggerheart.character.api.UpdateCharacterProfile;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterSheetQueries.FindCharacterSheet;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterSheetQueries.ListCharacterSheets;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterSheetView;
import dev.duality.sys.daggerheart.character.web.CharacterRequests.DomainCardBody;
import dev.duality.sys.daggerheart.character.web.CharacterRequests.EquipmentBody;
import dev.duality.sys.daggerheart.character.web.CharacterRequests.ExperienceBody;
import dev.duality.sys.daggerheart.character.web.CharacterRequests.GoldBody;
import dev.duality.sys.daggerheart.character.web.CharacterRequests.HeritageBody;
import dev.duality.sys.daggerheart.character.web.CharacterRequests.TraitsBody;
import dev.duality.sys.daggerheart.rules.Subclass;
import dev.duality.web.CampaignGuard;
import dev.duality.web.Gateway;
import dev.duality.web.SendsCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

import static dev.duality.sys.daggerheart.character.web.CharacterRequests.domainCards;
import static dev.duality.sys.daggerheart.character.web.CharacterRequests.experiences;
import static dev.duality.sys.daggerheart.character.web.CharacterRequests.text;

/**
 * Daggerheart character sheets: creating one for a campaign character, the nine steps of character creation, and
 * reading one sheet or the whole party.
 */
@Tag(name = "Daggerheart")
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/daggerheart/characters")
public class CharacterSheetController {
    private final Gateway gateway;
    private final CampaignGuard guard;

    public CharacterSheetController(Gateway gateway, CampaignGuard guard) {
        this.gateway = gateway;
        this.guard = guard;
    }

    public record CreateSheetRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                             description = "A character of this campaign")
                                     String characterId,
                                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                     DaggerheartClass characterClass,
                                     @Schema(description = "One of the class's two subclasses; may be chosen later")
                                     Subclass subclass) {
    }

    /** Every part is optional; the parts given replace what the sheet had. */
    public record ProfileRequest(Subclass subclass, HeritageBody heritage, TraitsBody traits,
                                 EquipmentBody equipment,
                                 @Schema(description = "Creation step 7: two Experiences at +2")
                                 List<ExperienceBody> experiences,
                                 @Schema(description = "Creation step 8: two level-1 cards of the class's domains")
                                 List<DomainCardBody> domainCards,
                                 @Schema(description = "The character's details") String description,
                                 @Schema(description = "Creation step 6") String background,
                                 @Schema(description = "Creation step 9") String connections,
                                 GoldBody gold) {
    }

    public record CharacterSheetList(List<CharacterSheetView> items) {
    }

    @Operation(operationId = "createDaggerheartSheet", summary = "Give a character its Daggerheart sheet",
            description = "Builds the character's level-1 sheet for its class: HP and Evasion from the class table, 6 "
                    + "Stress slots, 2 Hope, Proficiency 1, unarmored thresholds, nothing marked. Character creation "
                    + "then continues with `PATCH …/profile`; a character plays once every creation step is done.")
    @SendsCommand(CreateDaggerheartCharacter.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "ranger", value = """
                    {"character_id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", "character_class": "ranger",
                     "subclass": "wayfinder"}""")))
    @ApiResponse(responseCode = "201", description = "Created; Location names the sheet", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, ID_INVALID")
    @PostMapping
    public ResponseEntity<CharacterSheetView> create(@PathVariable String campaignId,
                                                     @RequestBody CreateSheetRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        CharacterId characterId = CharacterId.of(Values.required(body.characterId(), "character_id"));
        gateway.send(new CreateDaggerheartCharacter(id, characterId,
                Values.required(body.characterClass(), "character_class"), body.subclass()),
                DaggerheartRejection.DAGGERHEART_CHARACTER_SHEET_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/daggerheart/characters/" + characterId))
                .body(find(id, characterId));
    }

    @Operation(operationId = "updateDaggerheartProfile", summary = "Fill in character creation",
            description = "Sets any of the steps of character creation (subclass, heritage, traits, equipment, "
                    + "Experiences, domain cards, description, background, connections) and the purse. Each part is "
                    + "checked against the SRD's creation rules, and the sheet's numbers (HP and Stress slots, "
                    + "Evasion, Armor Score, thresholds) are derived again. Between sessions only.")
    @SendsCommand(UpdateCharacterProfile.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "creation", value = """
                    {"heritage": {"ancestry": "elf", "community": "wildborne"},
                     "traits": {"agility": 2, "strength": -1, "finesse": 1, "instinct": 1, "presence": 0,
                                "knowledge": 0},
                     "equipment": {"armor": {"preset": "leather"}, "primary_weapon": "Shortbow"},
                     "experiences": [{"name": "Tracker", "modifier": 2}, {"name": "Forest lore", "modifier": 2}],
                     "domain_cards": [
                       {"card_id": "bone-untouchable", "name": "Untouchable", "domain": "bone", "level": 1,
                        "recall_cost": 1, "type": "ability"},
                       {"card_id": "sage-gifted-tracker", "name": "Gifted Tracker", "domain": "sage", "level": 1,
                        "recall_cost": 0, "type": "ability"}],
                     "description": "Tall, quiet, a cloak of moss", "background": "Raised by the old wood's wardens",
                     "connections": "Owes Riley's character a life debt"}""")))
    @ApiResponse(responseCode = "200", description = "The sheet after the change", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, NAME_INVALID, TEXT_INVALID, ID_INVALID")
    @PatchMapping("/{characterId}/profile")
    public CharacterSheetView updateProfile(@PathVariable String campaignId, @PathVariable String characterId,
                                            @RequestBody ProfileRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        CharacterId cid = CharacterId.of(characterId);
        gateway.send(new UpdateCharacterProfile(id, cid, body.subclass(),
                body.heritage() == null ? null : body.heritage().toHeritage(),
                body.traits() == null ? null : body.traits().toTraits(),
                body.equipment() == null ? null : body.equipment().toEquipment(),
                experiences(body.experiences()), domainCards(body.domainCards()),
                text(body.description(), "description"), text(body.background(), "background"),
                text(body.connections(), "connections"), body.gold() == null ? null : body.gold().toGold()),
                DaggerheartRejection.DAGGERHEART_CHARACTER_SHEET_NOT_FOUND);
        return find(id, cid);
    }

    @Operation(operationId = "listDaggerheartSheets", summary = "The party: every Daggerheart sheet of the campaign",
            description = "Each sheet with its state, in character id order: what a GM screen shows at a glance. "
                    + "**Who may call:** any participant of the campaign, or the admin.")
    @ApiResponse(responseCode = "200", description = "The sheets", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "CAMPAIGN_NOT_FOUND")
    @ApiResponse(responseCode = "422", description = "CAMPAIGN_SYSTEM_MISMATCH")
    @GetMapping
    public CharacterSheetList list(@PathVariable String campaignId) {
        CampaignId id = CampaignId.of(campaignId);
        guard.requirePlays(id, DaggerheartModule.SYSTEM_ID);
        return new CharacterSheetList(gateway.list(new ListCharacterSheets(id.value()), CharacterSheetView.class));
    }

    @Operation(operationId = "getDaggerheartSheet", summary = "Read a character's Daggerheart sheet",
            description = "**Who may call:** any participant of the campaign, or the admin.")
    @ApiResponse(responseCode = "200", description = "The sheet", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "DAGGERHEART_CHARACTER_SHEET_NOT_FOUND")
    @GetMapping("/{characterId}")
    public CharacterSheetView get(@PathVariable String campaignId, @PathVariable String characterId) {
        return find(CampaignId.of(campaignId), CharacterId.of(characterId));
    }

    private CharacterSheetView find(CampaignId campaignId, CharacterId characterId) {
        return gateway.require(new FindCharacterSheet(campaignId.value(), characterId.value()),
                CharacterSheetView.class, DaggerheartRejection.DAGGERHEART_CHARACTER_SHEET_NOT_FOUND,
                "Daggerheart sheet of character " + characterId);
    }
}
