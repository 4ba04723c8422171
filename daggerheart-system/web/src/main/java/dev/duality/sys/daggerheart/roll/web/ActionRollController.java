package dev.duality.sys.daggerheart.roll.web;

import dev.duality.core.action.api.ActionRejection;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.dice.DiceRoll;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.value.Values;
import dev.duality.core.value.Wire;
import dev.duality.sys.daggerheart.DaggerheartModule;
import dev.duality.sys.daggerheart.roll.api.ActionRollResolved;
import dev.duality.sys.daggerheart.roll.api.ApplyRollOutcome;
import dev.duality.sys.daggerheart.roll.api.DualityRollResult;
import dev.duality.sys.daggerheart.roll.api.ResolveActionRoll;
import dev.duality.sys.daggerheart.roll.api.RollOutcomeResult;
import dev.duality.sys.daggerheart.roll.readmodel.api.ActionRollQueries.FindActionRoll;
import dev.duality.sys.daggerheart.roll.readmodel.api.ActionRollQueries.ListActionRolls;
import dev.duality.sys.daggerheart.roll.readmodel.api.ActionRollView;
import dev.duality.sys.daggerheart.rules.CountdownSkip;
import dev.duality.sys.daggerheart.rules.DualityResult;
import dev.duality.sys.daggerheart.rules.GmMove;
import dev.duality.sys.daggerheart.rules.Trait;
import dev.duality.web.CampaignGuard;
import dev.duality.web.Gateway;
import dev.duality.web.RequestEnvelope;
import dev.duality.web.SendsCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CHARACTER_SHEET_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ROLL_NOT_FOUND;

/**
 * Duality rolls in a session: a character's action or reaction roll (server dice or the table's), the rolls so far,
 * and applying a roll's outcome exactly once.
 */
@Tag(name = "Daggerheart")
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/daggerheart/sessions/{sessionId}/action-rolls")
public class ActionRollController {
    private final Gateway gateway;
    private final CampaignGuard guard;

    public ActionRollController(Gateway gateway, CampaignGuard guard) {
        this.gateway = gateway;
        this.guard = guard;
    }

    public record ActionRollRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                            description = "The character rolling") String characterId,
                                    @Schema(description = "The trait rolled; absent for a roll without one")
                                    Trait trait,
                                    @Schema(description = "Other flat modifiers, -20..20; default 0") Integer modifier,
                                    @Schema(description = "Names of the roller's Experiences to add, 1 Hope each")
                                    List<String> experiences,
                                    @Schema(description = "Advantage dice, 0..5; they cancel disadvantage one for one")
                                    Integer advantage,
                                    @Schema(description = "Disadvantage dice, 0..5") Integer disadvantage,
                                    @Schema(description = "The Difficulty, 1..100; absent when the GM keeps none")
                                    Integer difficulty,
                                    @Schema(description = "A reaction roll: no Hope, Fear or spotlight change")
                                    Boolean reaction,
                                    @Schema(description = "The table's own dice: Hope die, Fear die, then the d6 "
                                            + "when advantage and disadvantage do not cancel; absent for server dice")
                                    List<Integer> physicalResults) {
    }

    /** A Duality roll as it was just decided: the session's dice and what they mean. */
    public record DualityRollView(@Schema(example = "1") long rollSeq,
                                  @Schema(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") String sessionId,
                                  @Schema(example = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d") String characterId,
                                  @Schema(description = "server or physical", example = "server") String mode,
                                  @Schema(example = "splitmix64-v1") String algorithm,
                                  @Schema(description = "A full unsigned 64-bit number, as a string",
                                          example = "8681562020078987792") String seed,
                                  Trait trait,
                                  @Schema(example = "2") int traitScore,
                                  @Schema(example = "[\"Tracker\"]") List<String> experiences,
                                  @Schema(example = "2") int experienceBonus,
                                  @Schema(example = "0") int modifier,
                                  @Schema(example = "9") int hopeDie,
                                  @Schema(example = "4") int fearDie,
                                  @Schema(example = "0") int advantage,
                                  @Schema(example = "12") Integer difficulty,
                                  @Schema(example = "false") boolean reaction,
                                  @Schema(example = "17") int total,
                                  DualityResult result,
                                  @Schema(example = "1") int hopeGained,
                                  @Schema(example = "0") int stressCleared,
                                  @Schema(example = "0") int fearGained,
                                  @Schema(example = "false") boolean spotlightToGm,
                                  GmMove gmMove,
                                  @Schema(example = "false") boolean effectsIgnored,
                                  @Schema(example = "1") int hopeSpent,
                                  @Schema(description = "The roller's Hope after paying for Experiences",
                                          example = "1") int hope) {
    }

    public record ActionRollList(List<ActionRollView> items) {
    }

    /** What applying a roll's outcome did. */
    public record RollOutcomeView(@Schema(example = "1") long rollSeq,
                                  @Schema(example = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d") String characterId,
                                  DualityResult result,
                                  @Schema(description = "Fear the GM gained", example = "1") int fearGained,
                                  @Schema(description = "Fear lost past the cap of 12", example = "0") int fearLost,
                                  @Schema(description = "Hope the roller gained", example = "0") int hopeGained,
                                  @Schema(description = "Stress the roller cleared", example = "0") int stressCleared,
                                  @Schema(description = "The GM-consequence gate the outcome opened, if any",
                                          example = "7e6d5c4b-3a29-4f18-8e07-d6c5b4a39281") String consequenceGateId,
                                  @Schema(example = "true") boolean spotlightToGm,
                                  @Schema(description = "The campaign's countdowns the roll advanced, in the order "
                                          + "they were created") List<CountdownAdvanceView> countdownsAdvanced,
                                  @Schema(description = "Countdowns the roll would have advanced but did not")
                                  List<CountdownSkipView> countdownsSkipped) {
    }

    /** A countdown an action roll's outcome advanced. */
    public record CountdownAdvanceView(@Schema(example = "ritual") String countdownId,
                                       @Schema(example = "4") int remainingBefore,
                                       @Schema(example = "3") int remainingAfter,
                                       @Schema(example = "1") int advancedBy,
                                       @Schema(description = "It reached 0: its trigger is pending",
                                               example = "false") boolean triggered) {
    }

    /** A countdown an action roll's outcome left where it was, and why. */
    public record CountdownSkipView(@Schema(example = "ritual") String countdownId, CountdownSkip reason) {
    }

    @Operation(operationId = "resolveDaggerheartActionRoll", summary = "Make a Duality roll",
            description = "A character's action roll (or reaction roll) in the active session: Hope d12 + Fear d12 + "
                    + "the trait (with the armor's Agility change) + Experiences (1 Hope each) + other modifiers, and "
                    + "+d6 or -d6 for what is left after advantage and disadvantage cancel. The session rolls the "
                    + "dice from its seeded generator (the seed is recorded) or records the table's physical dice. "
                    + "Matching dice are a critical success; otherwise the higher die says with Hope or with Fear, "
                    + "and a total at or above the Difficulty succeeds. The answer says what the outcome will do; "
                    + "apply it with `…/outcome`.")
    @SendsCommand(ResolveActionRoll.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = {
                    @ExampleObject(name = "server", summary = "Server dice", value = """
                            {"character_id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", "trait": "agility",
                             "experiences": ["Tracker"], "difficulty": 12}"""),
                    @ExampleObject(name = "physical", summary = "The table's dice, with advantage", value = """
                            {"character_id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", "trait": "instinct",
                             "advantage": 1, "difficulty": 15, "physical_results": [7, 7, 4]}""")}))
    @ApiResponse(responseCode = "201", description = "The roll and what it means", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, VALUE_OUT_OF_RANGE, ID_INVALID")
    @PostMapping
    public ResponseEntity<DualityRollView> roll(@PathVariable String campaignId, @PathVariable String sessionId,
                                                @RequestBody ActionRollRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        DualityRollResult result = gateway.send(new ResolveActionRoll(id,
                CharacterId.of(Values.id(body.characterId(), "character_id")), SessionId.of(sessionId), body.trait(),
                body.modifier() == null ? 0 : body.modifier(), body.experiences(),
                body.advantage() == null ? 0 : body.advantage(), body.disadvantage() == null ? 0 : body.disadvantage(),
                body.difficulty(), Boolean.TRUE.equals(body.reaction()), body.physicalResults()),
                DAGGERHEART_CHARACTER_SHEET_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/daggerheart/sessions/" + sessionId
                + "/action-rolls/" + result.roll().rollSeq())).body(view(result));
    }

    @Operation(operationId = "listDaggerheartActionRolls", summary = "The Duality rolls of a session",
            description = "In order, each with whether its outcome was applied. **Who may call:** any participant of "
                    + "the campaign, or the admin.")
    @ApiResponse(responseCode = "200", description = "The rolls", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "CAMPAIGN_NOT_FOUND")
    @ApiResponse(responseCode = "422", description = "CAMPAIGN_SYSTEM_MISMATCH")
    @GetMapping
    public ActionRollList list(@PathVariable String campaignId, @PathVariable String sessionId) {
        CampaignId id = CampaignId.of(campaignId);
        guard.requirePlays(id, DaggerheartModule.SYSTEM_ID);
        return new ActionRollList(gateway.list(new ListActionRolls(id.value(), SessionId.of(sessionId).value()),
                ActionRollView.class));
    }

    @Operation(operationId = "getDaggerheartActionRoll", summary = "One Duality roll",
            description = "**Who may call:** any participant of the campaign, or the admin.")
    @ApiResponse(responseCode = "200", description = "The roll", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "DAGGERHEART_ROLL_NOT_FOUND")
    @GetMapping("/{rollSeq}")
    public ActionRollView get(@PathVariable String campaignId, @PathVariable String sessionId,
                              @PathVariable long rollSeq) {
        return gateway.find(new FindActionRoll(CampaignId.of(campaignId).value(), rollSeq), ActionRollView.class)
                .filter(roll -> roll.sessionId().equals(SessionId.of(sessionId).value()))
                .orElseThrow(() -> new Rejected(DAGGERHEART_ROLL_NOT_FOUND, "roll_seq",
                        "session " + sessionId + " has no Duality roll " + rollSeq));
    }

    @Operation(operationId = "applyDaggerheartRollOutcome", summary = "Apply a Duality roll's outcome, exactly once",
            description = "One decision, in this order: with Fear (an action roll, not critical) the GM gains 1 Fear "
                    + "(past 12 it is lost, and the rest still applies); with Hope the roller gains 1 Hope up to "
                    + "their maximum, and a critical also clears 1 Stress; an action roll (not a reaction) advances "
                    + "the campaign's `action_standard` countdowns by 1 and its `action_dynamic` ones by the dynamic "
                    + "table (one whose trigger is pending, or a dynamic one after a roll without a Difficulty, is "
                    + "skipped and listed); the roll is marked done; the session records the outcome, opening a "
                    + "GM-consequence gate after a result with Fear and giving the GM the spotlight after a failure "
                    + "or a result with Fear. Needs an `Idempotency-Key`: it is the "
                    + "outcome's request id; a retry with the same key answers the first result, any other attempt "
                    + "is refused with DAGGERHEART_ROLL_OUTCOME_ALREADY_APPLIED.")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true,
            description = "Required here: the outcome's request id. Reuse it to retry safely.",
            schema = @Schema(type = "string", pattern = "^[A-Za-z0-9._:-]{1,128}$"), example = "outcome-roll-3")
    @SendsCommand(ApplyRollOutcome.class)
    @ApiResponse(responseCode = "200", description = "What the outcome did", useReturnTypeSchema = true)
    @PostMapping("/{rollSeq}/outcome")
    public RollOutcomeView applyOutcome(@PathVariable String campaignId, @PathVariable String sessionId,
                                        @PathVariable long rollSeq, HttpServletRequest request) {
        String requestId = request.getHeader(RequestEnvelope.IDEMPOTENCY_HEADER);
        Rejected.unless(requestId != null, ActionRejection.OUTCOME_REQUEST_ID_REQUIRED,
                RequestEnvelope.IDEMPOTENCY_HEADER, "applying an outcome needs an Idempotency-Key header");
        RollOutcomeResult result = gateway.send(new ApplyRollOutcome(CampaignId.of(campaignId),
                SessionId.of(sessionId), rollSeq, requestId), CAMPAIGN_NOT_FOUND);
        return new RollOutcomeView(result.rollSeq(), result.characterId().value(), result.result(),
                result.fearGained(), result.fearLost(), result.hopeGained(), result.stressCleared(),
                Wire.text(result.consequenceGateId()), result.spotlightToGm(),
                result.countdowns().advanced().stream().map(advanced -> new CountdownAdvanceView(
                        advanced.countdownId().value(), advanced.remainingBefore(), advanced.remainingAfter(),
                        advanced.advancedBy(), advanced.triggered())).toList(),
                result.countdowns().skipped().stream().map(skipped -> new CountdownSkipView(
                        skipped.countdownId().value(), skipped.reason())).toList());
    }

    private static DualityRollView view(DualityRollResult result) {
        DiceRoll dice = result.roll().roll();
        ActionRollResolved roll = result.duality();
        return new DualityRollView(roll.rollSeq(), roll.sessionId().value(), roll.characterId().value(),
                Wire.name(dice.mode()), dice.algorithm(), dice.seed() == null ? null : Long.toUnsignedString(dice.seed()),
                roll.trait(), roll.traitScore(), roll.experiences(), roll.experienceBonus(), roll.modifier(),
                roll.hopeDie(), roll.fearDie(), roll.advantage(), roll.difficulty(), roll.reaction(), roll.total(),
                roll.result(), roll.hopeGained(), roll.stressCleared(), roll.fearGained(), roll.spotlightToGm(),
                roll.gmMove(), roll.effectsIgnored(), roll.hopeSpent(), roll.hope());
    }
}
