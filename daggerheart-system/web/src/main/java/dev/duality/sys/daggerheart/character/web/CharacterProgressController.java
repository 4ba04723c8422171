package dev.duality.sys.daggerheart.character.web;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.dice.DiceRoll;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.value.Values;
import dev.duality.core.value.Wire;
import dev.duality.sys.daggerheart.DaggerheartRejection;
import dev.duality.sys.daggerheart.character.api.ApplyDeathMove;
import dev.duality.sys.daggerheart.character.api.ApplyLevelUp;
import dev.duality.sys.daggerheart.character.api.ApplyTemporaryArmor;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import dev.duality.sys.daggerheart.character.api.DeathMoveResolved;
import dev.duality.sys.daggerheart.character.api.DeathMoveResult;
import dev.duality.sys.daggerheart.character.api.EndScene;
import dev.duality.sys.daggerheart.character.api.GrantLevelUp;
import dev.duality.sys.daggerheart.character.api.LifeState;
import dev.duality.sys.daggerheart.character.api.LoadoutSwapped;
import dev.duality.sys.daggerheart.character.api.SwapLoadoutCard;
import dev.duality.sys.daggerheart.character.api.TemporaryArmorEnded;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterSheetQueries.FindCharacterSheet;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterSheetView;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterStateView;
import dev.duality.sys.daggerheart.character.web.CharacterRequests.DomainCardBody;
import dev.duality.sys.daggerheart.rules.AcquiredCards;
import dev.duality.sys.daggerheart.rules.Advancement;
import dev.duality.sys.daggerheart.rules.AdvancementOption;
import dev.duality.sys.daggerheart.rules.CardExchange;
import dev.duality.sys.daggerheart.rules.CardPlace;
import dev.duality.sys.daggerheart.rules.DeathMove;
import dev.duality.sys.daggerheart.rules.DeathMoves;
import dev.duality.sys.daggerheart.rules.Domain;
import dev.duality.sys.daggerheart.rules.EffectDuration;
import dev.duality.sys.daggerheart.rules.Multiclass;
import dev.duality.sys.daggerheart.rules.Subclass;
import dev.duality.sys.daggerheart.rules.TemporaryArmor;
import dev.duality.sys.daggerheart.rules.Trait;
import dev.duality.web.Gateway;
import dev.duality.web.SendsCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;

import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CHARACTER_SHEET_NOT_FOUND;
import static dev.duality.sys.daggerheart.character.web.CharacterRequests.domainCard;
import static dev.duality.sys.daggerheart.character.web.CharacterRequests.under;

/**
 * A Daggerheart character's progress: temporary armor (and the GM's scene end, which ends scene armor), loadout
 * swaps, death moves and level-ups. The character's owner acts on their own character, a GM on any; the GM grants
 * level-ups and ends scenes.
 */
@Tag(name = "Daggerheart")
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/daggerheart")
public class CharacterProgressController {
    private final Gateway gateway;

    public CharacterProgressController(Gateway gateway) {
        this.gateway = gateway;
    }

    public record TemporaryArmorRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                                description = "A short code naming the feature or effect",
                                                example = "shield_spell") String source,
                                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                                description = "What ends it") EffectDuration duration,
                                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                                description = "Armor Slots it adds, 1..12", example = "2")
                                        Integer amount) {
    }

    /** The temporary armor one character lost when the scene ended. */
    public record ArmorEndedView(@Schema(example = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d") String characterId,
                                 List<CharacterStateView.TemporaryArmorView> ended,
                                 @Schema(description = "The Armor Score left", example = "3") int armorScore,
                                 @Schema(example = "1") int armorMarked,
                                 @Schema(description = "Marks that vanished with their slots", example = "0")
                                 int armorMarksLost) {
    }

    public record SceneEndView(@Schema(description = "One entry per character that had scene armor")
                               List<ArmorEndedView> items) {
    }

    public record LoadoutSwapRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                             example = "bone-untouchable") String cardId,
                                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                             description = "loadout or vault") CardPlace to) {
    }

    /** A card moved, what it cost, the cards and the character's state afterwards. */
    public record LoadoutSwapView(@Schema(example = "bone-untouchable") String cardId, CardPlace from, CardPlace to,
                                  @Schema(example = "1") int recallCost,
                                  @Schema(description = "The Stress the move cost", example = "1") int stressCost,
                                  AcquiredCards domainCards, CharacterStateView state) {
    }

    public record DeathMoveRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                           description = "The active session") String sessionId,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) DeathMove move,
                                   @Schema(description = "The table's own d12s: the Hope die (Avoid Death), or the "
                                           + "Hope die then the Fear die (Risk It All); absent for server dice and "
                                           + "for Blaze of Glory") List<Integer> physicalResults,
                                   @Schema(description = "Risk It All: HP to clear first with the Hope die's value, "
                                           + "0..12") Integer clearHp,
                                   @Schema(description = "Risk It All: Stress to clear next, 0..12; what is left of "
                                           + "the value clears HP, then Stress") Integer clearStress) {
    }

    /** A death move as just decided: the session's dice (none for Blaze of Glory), what they did, the state after. */
    public record DeathMoveView(@Schema(description = "The session roll; null for Blaze of Glory", example = "1")
                                Long rollSeq,
                                @Schema(description = "server or physical; null for Blaze of Glory",
                                        example = "physical") String mode,
                                @Schema(example = "null") String algorithm,
                                @Schema(description = "A full unsigned 64-bit number, as a string",
                                        example = "null") String seed,
                                DeathMove move,
                                @Schema(example = "1") Integer hopeDie,
                                @Schema(example = "null") Integer fearDie,
                                @Schema(description = "Avoid Death: a scar (Hope die at or below the level)",
                                        example = "true") boolean scarTaken,
                                @Schema(example = "0") int hpCleared,
                                @Schema(example = "0") int stressCleared,
                                LifeState lifeState,
                                CharacterStateView state) {
    }

    @Schema(description = "The second class of a multiclass advancement")
    public record MulticlassBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                 DaggerheartClass characterClass,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                         description = "One of that class's two domains") Domain domain,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                         description = "One of that class's subclasses: its Foundation card")
                                 Subclass subclass) {
    }

    @Schema(description = "One advancement: what it needs beside the option depends on the option")
    public record AdvancementBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) AdvancementOption option,
                                  @Schema(description = "The tier column it is taken from (2..4), the character's "
                                          + "tier or lower; default the character's tier", example = "2")
                                  Integer tier,
                                  @Schema(description = "traits: two unmarked traits") List<Trait> traits,
                                  @Schema(description = "experiences: two of the character's Experiences")
                                  List<String> experiences,
                                  @Schema(description = "domain_card: the extra card") DomainCardBody domainCard,
                                  @Schema(description = "domain_card: loadout or vault (default)") CardPlace place,
                                  @Schema(description = "subclass_upgrade: the subclass (default the class's own)")
                                  Subclass subclass,
                                  MulticlassBody multiclass) {
    }

    @Schema(description = "A held card given up for another of the same level or lower")
    public record CardExchangeBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String cardId,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) DomainCardBody domainCard) {
    }

    public record LevelUpRequest(@Schema(description = "The new Experience at +2: levels 2, 5 and 8 only",
                                         example = "Archery") String newExperience,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                         description = "Advancements worth exactly two picks")
                                 List<AdvancementBody> advancements,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                         description = "A card of the character's level or lower from their domains")
                                 DomainCardBody domainCard,
                                 @Schema(description = "loadout or vault (default)") CardPlace domainCardPlace,
                                 CardExchangeBody cardExchange) {
    }

    @Operation(operationId = "applyDaggerheartTemporaryArmor", summary = "Give a character temporary armor",
            description = "A feature or effect raises the Armor Score for a while: its Armor Slots are added and "
                    + "vanish when it ends (the next short rest ends `short_rest` armor, a long rest also `long_rest` "
                    + "armor; the session's end ends `session` and `scene` armor; the GM's scene end ends `scene` "
                    + "armor). Marks beyond the slots left vanish with them. The Armor Score with it may not pass 12.")
    @SendsCommand(ApplyTemporaryArmor.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "shield", value = """
                    {"source": "shield_spell", "duration": "scene", "amount": 2}""")))
    @ApiResponse(responseCode = "200", description = "The state after", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, VALUE_OUT_OF_RANGE, CODE_INVALID")
    @PostMapping("/characters/{characterId}/temporary-armor")
    public CharacterStateView temporaryArmor(@PathVariable String campaignId, @PathVariable String characterId,
                                             @RequestBody TemporaryArmorRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        CharacterId cid = CharacterId.of(characterId);
        gateway.send(new ApplyTemporaryArmor(id, cid, new TemporaryArmor(
                        ShortCode.of(Values.required(body.source(), "source"), "source"),
                        Values.required(body.duration(), "duration"), Values.required(body.amount(), "amount"))),
                DAGGERHEART_CHARACTER_SHEET_NOT_FOUND);
        return sheet(id, cid).state();
    }

    @Operation(operationId = "endDaggerheartScene", summary = "End the scene",
            description = "The GM says the scene is over: every character's `scene` temporary armor ends and its "
                    + "slots vanish (marks beyond the slots left vanish with them). One decision over the party.")
    @SendsCommand(EndScene.class)
    @ApiResponse(responseCode = "200", description = "What ended, per character", useReturnTypeSchema = true)
    @PostMapping("/scene/end")
    public SceneEndView endScene(@PathVariable String campaignId) {
        List<TemporaryArmorEnded> ended = gateway.send(new EndScene(CampaignId.of(campaignId)), CAMPAIGN_NOT_FOUND);
        return new SceneEndView(ended.stream().map(e -> new ArmorEndedView(e.characterId().value(),
                e.ended().stream().map(CharacterStateView.TemporaryArmorView::of).toList(), e.armorScore(),
                e.armorMarked(), e.armorMarksLost())).toList());
    }

    @Operation(operationId = "swapDaggerheartLoadout", summary = "Move a domain card between vault and loadout",
            description = "From the vault to the loadout costs Stress equal to the card's Recall Cost (Stress that "
                    + "can't be marked marks 1 HP instead; with every Stress slot marked, a recall that costs Stress "
                    + "can't be made); to the vault is free. The loadout holds 5 cards. Swaps at the start of a rest "
                    + "are free and are made by the rest.")
    @SendsCommand(SwapLoadoutCard.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "recall", value = """
                    {"card_id": "bone-untouchable", "to": "loadout"}""")))
    @ApiResponse(responseCode = "200", description = "The move and the state after", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, ID_INVALID")
    @PostMapping("/characters/{characterId}/loadout/swap")
    public LoadoutSwapView swapLoadout(@PathVariable String campaignId, @PathVariable String characterId,
                                       @RequestBody LoadoutSwapRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        CharacterId cid = CharacterId.of(characterId);
        LoadoutSwapped swapped = gateway.send(new SwapLoadoutCard(id, cid, body.cardId(), body.to()),
                DAGGERHEART_CHARACTER_SHEET_NOT_FOUND);
        return new LoadoutSwapView(swapped.cardId(), swapped.from(), swapped.to(), swapped.recallCost(),
                swapped.stressCost(), swapped.domainCards(), sheet(id, cid).state());
    }

    @Operation(operationId = "makeDaggerheartDeathMove", summary = "Make a death move",
            description = "A character who marked their last HP chooses, in the active session: `blaze_of_glory` (no "
                    + "roll: their next action roll is a critical success whatever the dice, then they die), "
                    + "`avoid_death` (the session rolls the Hope d12: unconscious, and a scar if it is at or below "
                    + "the level; losing the last Hope slot is death) or `risk_it_all` (the Hope and Fear d12s: Hope "
                    + "higher clears HP and Stress totalling the Hope die, `clear_hp` then `clear_stress` first, the "
                    + "rest HP then Stress; Fear higher is death; a tie stays up and clears nothing). Server dice, or "
                    + "the table's `physical_results`; the dice are recorded.")
    @SendsCommand(ApplyDeathMove.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = {
                    @ExampleObject(name = "avoid_death", summary = "Avoid Death with the table's Hope die", value = """
                            {"session_id": "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a", "move": "avoid_death",
                             "physical_results": [1]}"""),
                    @ExampleObject(name = "risk_it_all", summary = "Risk It All with server dice", value = """
                            {"session_id": "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a", "move": "risk_it_all",
                             "clear_stress": 2}""")}))
    @ApiResponse(responseCode = "200", description = "The death move and the state after", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, VALUE_OUT_OF_RANGE, ID_INVALID")
    @PostMapping("/characters/{characterId}/death-move")
    public DeathMoveView deathMove(@PathVariable String campaignId, @PathVariable String characterId,
                                   @RequestBody DeathMoveRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        CharacterId cid = CharacterId.of(characterId);
        SessionId session = SessionId.of(Values.id(body.sessionId(), "session_id"));
        DeathMoves.RiskItAllSplit split = body.clearHp() == null && body.clearStress() == null ? null
                : new DeathMoves.RiskItAllSplit(body.clearHp(), body.clearStress());
        DeathMoveResult result = gateway.send(new ApplyDeathMove(id, cid, session,
                Values.required(body.move(), "move"), body.physicalResults(), split),
                DAGGERHEART_CHARACTER_SHEET_NOT_FOUND);
        DiceRoll dice = result.roll() == null ? null : result.roll().roll();
        DeathMoveResolved move = result.resolved();
        return new DeathMoveView(move.rollSeq(), dice == null ? null : Wire.name(dice.mode()),
                dice == null ? null : dice.algorithm(),
                dice == null || dice.seed() == null ? null : Long.toUnsignedString(dice.seed()), move.move(),
                move.hopeDie(), move.fearDie(), move.scarTaken(), move.hpCleared(), move.stressCleared(),
                move.lifeState(), sheet(id, cid).state());
    }

    @Operation(operationId = "grantDaggerheartLevelUp", summary = "Grant a character the next level",
            description = "Between sessions, the GM grants a character its next level (the party levels up together: "
                    + "one grant per character). Until the player applies it with `POST …/level-up`, the character "
                    + "can't join a session (DAGGERHEART_LEVEL_UP_INCOMPLETE). Creation must be complete.")
    @SendsCommand(GrantLevelUp.class)
    @ApiResponse(responseCode = "200", description = "The sheet, with the level-up pending",
            useReturnTypeSchema = true)
    @PostMapping("/characters/{characterId}/level-up/grant")
    public CharacterSheetView grantLevelUp(@PathVariable String campaignId, @PathVariable String characterId) {
        CampaignId id = CampaignId.of(campaignId);
        CharacterId cid = CharacterId.of(characterId);
        gateway.send(new GrantLevelUp(id, cid), DAGGERHEART_CHARACTER_SHEET_NOT_FOUND);
        return sheet(id, cid);
    }

    @Operation(operationId = "applyDaggerheartLevelUp", summary = "Level a character up",
            description = "Applies the level the GM granted, in the SRD's steps: (1) at levels 2, 5 and 8 a new "
                    + "Experience at +2 (`new_experience`) and +1 Proficiency, and at 5 and 8 the trait marks clear; "
                    + "(2) advancements worth two picks from the character's tier's column or a lower one, each "
                    + "needing an unmarked slot (`proficiency` and `multiclass` take both picks and are offered from "
                    + "tier 3); (3) thresholds follow the level (armor base + level); (4) a domain card of the level "
                    + "or lower from the character's domains, and optionally the exchange of a held card for another "
                    + "of the same level or lower. Between sessions only.")
    @SendsCommand(ApplyLevelUp.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "level_two", value = """
                    {"new_experience": "Archery",
                     "advancements": [{"option": "hp_slot"}, {"option": "traits", "traits": ["strength", "knowledge"]}],
                     "domain_card": {"card_id": "bone-2", "name": "Bone Two", "domain": "bone", "level": 2,
                                     "recall_cost": 1, "type": "ability"}}""")))
    @ApiResponse(responseCode = "200", description = "The sheet at its new level", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, VALUE_OUT_OF_RANGE, ID_INVALID, NAME_INVALID, "
            + "DAGGERHEART_LEVEL_OUT_OF_RANGE, DAGGERHEART_RECALL_COST_OUT_OF_RANGE")
    @PostMapping("/characters/{characterId}/level-up")
    public CharacterSheetView applyLevelUp(@PathVariable String campaignId, @PathVariable String characterId,
                                           @RequestBody LevelUpRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        CharacterId cid = CharacterId.of(characterId);
        CardExchangeBody exchange = body.cardExchange();
        gateway.send(new ApplyLevelUp(id, cid, body.newExperience(), advancements(body.advancements()),
                domainCard(body.domainCard(), "domain_card"), body.domainCardPlace(), exchange == null ? null
                : under("card_exchange", () -> new CardExchange(
                        Values.id(exchange.cardId(), "card_exchange.card_id"),
                        domainCard(exchange.domainCard(), "card_exchange.domain_card")))),
                DAGGERHEART_CHARACTER_SHEET_NOT_FOUND);
        return sheet(id, cid);
    }

    private static List<Advancement> advancements(List<AdvancementBody> bodies) {
        Values.required(bodies, "advancements");
        List<Advancement> advancements = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            String field = "advancements[" + i + "]";
            AdvancementBody body = Values.required(bodies.get(i), field);
            MulticlassBody multiclass = body.multiclass();
            advancements.add(under(field, () -> new Advancement(Values.required(body.option(), field + ".option"),
                    body.tier(), body.traits(), body.experiences(),
                    body.domainCard() == null ? null : domainCard(body.domainCard(), field + ".domain_card"),
                    body.place(), body.subclass(), multiclass == null ? null : under(field + ".multiclass",
                    () -> new Multiclass(multiclass.characterClass(), multiclass.domain(), multiclass.subclass())))));
        }
        return advancements;
    }

    private CharacterSheetView sheet(CampaignId campaignId, CharacterId characterId) {
        return gateway.require(new FindCharacterSheet(campaignId.value(), characterId.value()),
                CharacterSheetView.class, DaggerheartRejection.DAGGERHEART_CHARACTER_SHEET_NOT_FOUND,
                "Daggerheart sheet of character " + characterId);
    }
}
