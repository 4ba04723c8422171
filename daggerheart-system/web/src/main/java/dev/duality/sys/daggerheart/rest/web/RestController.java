package dev.duality.sys.daggerheart.rest.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.DaggerheartRejection;
import dev.duality.sys.daggerheart.character.api.DowntimeMoveApplied;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterSheetQueries.FindCharacterSheet;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterSheetView;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterStateView;
import dev.duality.sys.daggerheart.countdown.api.CountdownAdvanced;
import dev.duality.sys.daggerheart.countdown.api.CountdownId;
import dev.duality.sys.daggerheart.rest.api.RestResult;
import dev.duality.sys.daggerheart.rest.api.RestTaken;
import dev.duality.sys.daggerheart.rest.api.TakeRest;
import dev.duality.sys.daggerheart.rules.CardPlace;
import dev.duality.sys.daggerheart.rules.DowntimeMove;
import dev.duality.sys.daggerheart.rules.RestType;
import dev.duality.web.CampaignGuard;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Rests and downtime: the party rests in the session, and everything the rest brings happens in one decision. */
@Tag(name = "Daggerheart")
@org.springframework.web.bind.annotation.RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/daggerheart/sessions/{sessionId}/rests")
public class RestController {
    private final Gateway gateway;
    private final CampaignGuard guard;

    public RestController(Gateway gateway, CampaignGuard guard) {
        this.gateway = gateway;
        this.guard = guard;
    }

    public record RestRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) RestType type,
                              @Schema(description = "The rest was cut short: a short rest gives nothing, a long "
                                      + "rest a short rest's benefits", example = "false") Boolean interrupted,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                      description = "The resting characters, each once") List<RestingBody> party,
                              @Schema(description = "Long rest: a long-term countdown that advances by 1",
                                      example = "null") String longTermCountdownId,
                              @Schema(description = "The table's d4 for the GM's Fear; absent for server dice",
                                      example = "null") Integer fearDie) {
    }

    public record RestingBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String characterId,
                              @Schema(description = "Downtime moves, in order: 2 per rest (an Elf 3)")
                              List<MoveBody> moves,
                              @Schema(description = "Domain cards moved at the rest's start, free")
                              List<SwapBody> swaps) {
    }

    public record MoveBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) DowntimeMove move,
                           @Schema(description = "Tend to Wounds, Repair Armor: the resting ally helped; absent for "
                                   + "oneself", example = "null") String target,
                           @Schema(description = "Prepare: together with other resting characters (+2 Hope each)",
                                   example = "false") Boolean together,
                           @Schema(description = "Work on a Project: the project's countdown", example = "null")
                           String project,
                           @Schema(description = "A recovery move on a short rest: the table's d4; absent for server "
                                   + "dice", example = "null") Integer die) {
    }

    public record SwapBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "bone-untouchable")
                           String cardId,
                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED) CardPlace to) {
    }

    /** A downtime move as decided. */
    public record DowntimeMoveView(@Schema(example = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d") String characterId,
                           @Schema(example = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d") String byCharacterId,
                           DowntimeMove move,
                           @Schema(description = "The recovery d4 of a short rest, else null", example = "3")
                           Integer die,
                           @Schema(description = "The session roll of that die, else null", example = "1")
                           Long rollSeq,
                           @Schema(description = "HP, Stress or Armor Slots cleared", example = "4") int cleared,
                           @Schema(example = "0") int hopeGained,
                           @Schema(description = "Work on a Project: its countdown", example = "null")
                           String project) {
    }

    /** A countdown the rest advanced: a project, or the long-term one; a player is shown only visible ones. */
    public record RestCountdownView(@Schema(example = "ritual") String countdownId,
                                @Schema(example = "3") int remaining,
                                @Schema(example = "false") boolean triggered) {
    }

    /** What the rest did, as decided, with the resting characters' state after it. */
    public record RestView(RestType type, @Schema(example = "false") boolean interrupted,
                           @Schema(description = "What the rest gave: null when an interrupted short rest gave "
                                   + "nothing") RestType benefits,
                           @Schema(description = "The session roll of the GM's Fear die", example = "3")
                           Long fearRollSeq,
                           @Schema(example = "2") Integer fearDie,
                           @Schema(description = "Fear the rest gave the GM, before the cap of 12", example = "2")
                           int fearGained,
                           @Schema(description = "Fear past 12, lost", example = "0") int fearLost,
                           @Schema(description = "The GM's Fear after the rest", example = "5") int gmFear,
                           // snake_case alone would write short_rests_in_arow
                           @JsonProperty("short_rests_in_a_row")
                           @Schema(description = "Short rests since the last long rest; at 3 the next must be long",
                                   example = "1") int shortRestsInARow,
                           List<DowntimeMoveView> moves, List<RestCountdownView> countdowns,
                           List<CharacterStateView> party) {
    }

    @Operation(operationId = "takeDaggerheartRest", summary = "The party rests",
            description = "One decision for the whole rest: loadout swaps at its start (free); the GM's Fear, a d4 "
                    + "(+ the number of PCs on a long rest) up to 12; each character's downtime moves (2, an Elf 3): "
                    + "on a short rest Tend to Wounds, Clear Stress and Repair Armor clear a d4 + the mover's tier, on "
                    + "a long rest everything; Prepare gives 1 Hope, or 2 each together; Work on a Project (long rest "
                    + "only) advances its countdown. Temporary armor and conditions lasting until this kind of rest "
                    + "end; after a long rest the unconscious wake and a long-term countdown may advance. After three "
                    + "short rests in a row the next must be long. Dice are the session's, or the table's when given. "
                    + "A player rests their own characters, and is shown only the countdowns players see; a rest that "
                    + "includes others' is a GM's to send.")
    @SendsCommand(TakeRest.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "short rest", value = """
                    {"type": "short", "party": [
                      {"character_id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
                       "moves": [{"move": "tend_to_wounds"}, {"move": "prepare", "together": true}]},
                      {"character_id": "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d",
                       "moves": [{"move": "clear_stress"}, {"move": "prepare", "together": true}]}]}""")))
    @ApiResponse(responseCode = "200", description = "What the rest did", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "ID_INVALID")
    @PostMapping
    public RestView rest(@PathVariable String campaignId, @PathVariable String sessionId,
                         @RequestBody RestRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        List<TakeRest.RestingCharacter> party = new ArrayList<>();
        List<RestingBody> resting = Values.elements(Values.required(body.party(), TakeRest.PARTY), TakeRest.PARTY);
        for (int i = 0; i < resting.size(); i++) {
            party.add(resting(resting.get(i), TakeRest.PARTY + "[" + i + "]"));
        }
        RestResult result = gateway.send(new TakeRest(id, SessionId.of(Values.id(sessionId, "session_id")),
                Values.required(body.type(), "type"), Boolean.TRUE.equals(body.interrupted()), party,
                body.longTermCountdownId() == null ? null
                        : CountdownId.of(Values.id(body.longTermCountdownId(), "long_term_countdown_id")),
                body.fearDie()), DaggerheartRejection.DAGGERHEART_GM_STATE_NOT_FOUND);
        RestTaken rest = result.rest();
        // no Fear change although the die gave Fear: the pool was full, and all of it was lost
        int fearKept = result.fear() == null ? 0 : result.fear().after() - result.fear().before();
        // a player who rests is not shown the countdowns the GM keeps hidden (the long-term one usually is)
        boolean seesHidden = guard.callerActsAsGm(id);
        return new RestView(rest.type(), rest.interrupted(), rest.benefits(), rest.fearRollSeq(), rest.fearDie(),
                rest.fearGained(), rest.fearGained() - fearKept, result.gmFear(), rest.shortRestsInARow(),
                result.moves().stream().map(RestController::move).toList(),
                result.countdowns().stream().filter(Objects::nonNull)
                        .filter(advanced -> seesHidden || advanced.visibleToPlayers())
                        .map(RestController::countdown).toList(),
                rest.party().stream().map(character -> state(id, character)).toList());
    }

    private static TakeRest.RestingCharacter resting(RestingBody body, String field) {
        CharacterId character = CharacterId.of(Values.id(body.characterId(), field + ".character_id"));
        List<TakeRest.ChosenMove> moves = new ArrayList<>();
        List<MoveBody> moveBodies = body.moves() == null ? List.of() : Values.elements(body.moves(), field + ".moves");
        for (int j = 0; j < moveBodies.size(); j++) {
            MoveBody move = moveBodies.get(j);
            String at = field + ".moves[" + j + "]";
            moves.add(new TakeRest.ChosenMove(Values.required(move.move(), at + ".move"),
                    move.target() == null ? null : CharacterId.of(Values.id(move.target(), at + ".target")),
                    Boolean.TRUE.equals(move.together()),
                    move.project() == null ? null : CountdownId.of(Values.id(move.project(), at + ".project")),
                    move.die()));
        }
        List<TakeRest.RestSwap> swaps = new ArrayList<>();
        List<SwapBody> swapBodies = body.swaps() == null ? List.of() : Values.elements(body.swaps(), field + ".swaps");
        for (int j = 0; j < swapBodies.size(); j++) {
            SwapBody swap = swapBodies.get(j);
            String at = field + ".swaps[" + j + "]";
            swaps.add(new TakeRest.RestSwap(Values.id(swap.cardId(), at + ".card_id"),
                    Values.required(swap.to(), at + ".to")));
        }
        return new TakeRest.RestingCharacter(character, moves, swaps);
    }

    private static DowntimeMoveView move(DowntimeMoveApplied move) {
        return new DowntimeMoveView(move.characterId().value(), move.byCharacterId().value(), move.move(), move.die(),
                move.rollSeq(), move.cleared(), move.hopeGained(),
                move.project() == null ? null : move.project().value());
    }

    private static RestCountdownView countdown(CountdownAdvanced advanced) {
        return new RestCountdownView(advanced.countdownId().value(), advanced.remainingAfter(), advanced.triggered());
    }

    private CharacterStateView state(CampaignId campaignId, CharacterId characterId) {
        return gateway.require(new FindCharacterSheet(campaignId.value(), characterId.value()),
                CharacterSheetView.class, DaggerheartRejection.DAGGERHEART_CHARACTER_SHEET_NOT_FOUND,
                "Daggerheart sheet of character " + characterId).state();
    }
}
