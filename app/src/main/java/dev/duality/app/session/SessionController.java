package dev.duality.app.session;

import dev.duality.app.axon.SessionRolls;
import dev.duality.core.action.api.RollResolved;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.dice.Dice;
import dev.duality.core.dice.DiceMode;
import dev.duality.core.dice.DiceRoll;
import dev.duality.core.dice.FairDice;
import dev.duality.core.dice.RolledDie;
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
import dev.duality.web.CampaignGuard;
import dev.duality.web.Gateway;
import dev.duality.web.SendsCommand;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_NOT_FOUND;
import static dev.duality.core.session.api.SessionRejection.SESSION_NOT_FOUND;
import static dev.duality.core.value.Values.optional;

/** Sessions of a campaign: start (readiness-checked), end, the active session, and the spotlight. */
@Tag(name = "Sessions")
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/sessions")
public class SessionController {
    private final Gateway gateway;
    private final CampaignGuard reads;
    private final SessionRolls rolls;

    public SessionController(Gateway gateway, CampaignGuard reads, SessionRolls rolls) {
        this.gateway = gateway;
        this.reads = reads;
        this.rolls = rolls;
    }

    public record StartSessionRequest(@Schema(description = "Optional display name") String name) {
    }

    public record SpotlightRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) SpotlightType type,
                                   @Schema(description = "Required for a character spotlight, absent for gm")
                                   String characterId) {
    }

    @Schema(description = "Every session of the campaign, oldest first")
    public record SessionList(List<SessionView> items) {
    }

    /** The body is optional: a session needs no name. */
    @Operation(operationId = "startSession", summary = "Start a session",
            description = """
                    Starts a session once the table is ready. Readiness is checked in a fixed order, and a refusal \
                    (409) names the first blocker as its `code` and lists every blocker, in that order, in \
                    `blockers` (each with `code`, `character_id` when it is about a character, and `message`): \
                    1 `SESSION_READINESS_CAMPAIGN_STATUS` (the campaign is neither draft nor active), \
                    2 `SESSION_READINESS_SESSION_ACTIVE`, 3 `SESSION_READINESS_NO_GM`, \
                    4 `SESSION_READINESS_NO_PLAYER`, 5 `SESSION_READINESS_PLAYER_WITHOUT_CHARACTER`, \
                    6 `SESSION_READINESS_CHARACTER_WITHOUT_CONTROLLER`, 7 `SESSION_READINESS_CHARACTER_NOT_READY` \
                    (followed by the game system's own blockers for that character, e.g. Daggerheart's \
                    `DAGGERHEART_CHARACTER_SHEET_MISSING`). The first session moves a draft campaign to active and \
                    lets the game system bootstrap (Daggerheart seeds the GM's Fear). The body is optional.""")
    @SendsCommand(StartSession.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "named", value = """
                    {"name": "Session 1"}""")))
    @ApiResponse(responseCode = "201", description = "Started; Location names the session", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "NAME_INVALID")
    @ApiResponse(responseCode = "409", description = "The table is not ready: the first blocker is the code, "
            + "`blockers` lists them all", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject(name = "SESSION_READINESS_CHARACTER_NOT_READY", value = """
                    {"type": "https://duality.dev/problems/session-readiness-character-not-ready",
                     "title": "SESSION_READINESS_CHARACTER_NOT_READY", "status": 409,
                     "detail": "the table is not ready: character 9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d is not ready for daggerheart (and 1 more)",
                     "instance": "/api/v1/campaigns/6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d/sessions",
                     "code": "SESSION_READINESS_CHARACTER_NOT_READY",
                     "correlation_id": "5b0e6f0e-8e5f-4d8e-9a43-2b4a7c1e2d10",
                     "blockers": [
                       {"code": "SESSION_READINESS_CHARACTER_NOT_READY",
                        "character_id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
                        "message": "character 9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d is not ready for daggerheart"},
                       {"code": "DAGGERHEART_CHARACTER_SHEET_MISSING",
                        "character_id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
                        "message": "character 9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d has no Daggerheart character sheet in campaign 6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d"}]}""")))
    @PostMapping
    public ResponseEntity<SessionView> start(@PathVariable String campaignId,
                                             @RequestBody(required = false) StartSessionRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        SessionId sessionId = SessionId.generate();
        String name = body == null ? null : body.name();
        // the session commits to a fresh secret dice seed: its SHA-256 is published now, the seed when it ends
        gateway.send(new StartSession(id, sessionId, optional(name, v -> Name.of(v, "name")), FairDice.newSeed()),
                CAMPAIGN_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/sessions/" + sessionId))
                .body(find(id, sessionId.value()));
    }

    @Operation(operationId = "listSessions", summary = "List the sessions",
            description = "Every session of the campaign, active and ended. **Who may call:** any participant of the "
                    + "campaign, or the admin.")
    @ApiResponse(responseCode = "200", description = "The sessions", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "CAMPAIGN_NOT_FOUND")
    @GetMapping
    public SessionList list(@PathVariable String campaignId) {
        CampaignId id = CampaignId.of(campaignId);
        reads.requireCampaign(id);
        return new SessionList(gateway.list(new ListSessions(id.value()), SessionView.class));
    }

    @Operation(operationId = "getActiveSession", summary = "Read the active session",
            description = "The campaign's active session, with its spotlight; 404 SESSION_NOT_FOUND when none is "
                    + "active. **Who may call:** any participant of the campaign, or the admin.")
    @ApiResponse(responseCode = "200", description = "The active session", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "CAMPAIGN_NOT_FOUND, SESSION_NOT_FOUND")
    @GetMapping("/active")
    public SessionView active(@PathVariable String campaignId) {
        CampaignId id = CampaignId.of(campaignId);
        reads.requireCampaign(id);
        return gateway.require(new FindActiveSession(id.value()), SessionView.class, SESSION_NOT_FOUND,
                "an active session");
    }

    @Operation(operationId = "getSession", summary = "Read a session",
            description = "**Who may call:** any participant of the campaign, or the admin. An unknown campaign "
                    + "answers SESSION_NOT_FOUND too.")
    @ApiResponse(responseCode = "200", description = "The session", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "SESSION_NOT_FOUND")
    @GetMapping("/{sessionId}")
    public SessionView get(@PathVariable String campaignId, @PathVariable String sessionId) {
        return find(CampaignId.of(campaignId), SessionId.of(sessionId).value());
    }

    @Operation(operationId = "getSessionDice", summary = "Audit a session's dice (provably fair)",
            description = "A session commits to a secret dice seed when it starts (`dice_commitment`, its SHA-256, is "
                    + "on the session from then on), derives every server roll's seed from it and its roll number "
                    + "(HMAC-SHA256, `derivation`), and reveals it when it ends. This lists every roll of the session "
                    + "as the journal recorded it; once the seed is revealed, each server roll is re-run from it and "
                    + "`verified` says whether the commitment and every roll hold. While the session plays, the seed "
                    + "and the re-runs are null. docs/api.md shows how to check it yourself. **Who may call:** any "
                    + "participant of the campaign, or the admin.")
    @ApiResponse(responseCode = "200", description = "The session's dice audit", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "SESSION_NOT_FOUND")
    @GetMapping("/{sessionId}/dice")
    public DiceAuditView dice(@PathVariable String campaignId, @PathVariable String sessionId) {
        CampaignId id = CampaignId.of(campaignId);
        SessionId session = SessionId.of(sessionId);
        SessionView view = find(id, session.value());
        String seed = view.diceSeed();
        Boolean matches = seed == null ? null : FairDice.matches(seed, view.diceCommitment());
        List<DiceAuditView.RollCheck> checks = rolls.of(id, session).stream()
                .map(roll -> check(roll, seed, session)).toList();
        Boolean verified = matches == null ? null : matches && checks.stream()
                .allMatch(check -> check.verified() == null || check.verified());
        return new DiceAuditView(session.value(), FairDice.DERIVATION, Dice.SPLITMIX64_V1, view.diceCommitment(),
                seed, matches, verified, checks);
    }

    /** One recorded roll and, for a server roll once the seed is out, the same roll re-run from the derived seed. */
    private static DiceAuditView.RollCheck check(RollResolved resolved, String seed, SessionId session) {
        DiceRoll roll = resolved.roll();
        List<Integer> results = values(roll);
        if (roll.mode() != DiceMode.SERVER || seed == null) {
            return new DiceAuditView.RollCheck(resolved.rollSeq(), roll.mode(), roll.spec().notation(),
                    roll.seed() == null ? null : Long.toUnsignedString(roll.seed()), results, null, null, null);
        }
        long derived = FairDice.rollSeed(seed, session.value(), resolved.rollSeq());
        // the roll's seed must be the derived one, and its dice what its seed gives
        return new DiceAuditView.RollCheck(resolved.rollSeq(), roll.mode(), roll.spec().notation(),
                Long.toUnsignedString(roll.seed()), results, Long.toUnsignedString(derived),
                values(Dice.roll(roll.spec(), derived)), roll.seed() == derived && Dice.verify(roll));
    }

    private static List<Integer> values(DiceRoll roll) {
        return roll.results().stream().map(RolledDie::value).toList();
    }

    @Operation(operationId = "endSession", summary = "End the active session",
            description = "Ends the session; its spotlight goes with it. Refused while a gate is open: resolve or "
                    + "abandon it first.")
    @SendsCommand(EndSession.class)
    @ApiResponse(responseCode = "200", description = "The ended session", useReturnTypeSchema = true)
    @PostMapping("/{sessionId}/end")
    public SessionView end(@PathVariable String campaignId, @PathVariable String sessionId) {
        CampaignId id = CampaignId.of(campaignId);
        gateway.send(new EndSession(id, SessionId.of(sessionId)), CAMPAIGN_NOT_FOUND);
        return find(id, sessionId);
    }

    @Operation(operationId = "setSpotlight", summary = "Put the spotlight on the GM or a character",
            description = "Putting it where it already is answers 422 SPOTLIGHT_UNCHANGED, so a repeated PUT is "
                    + "refused rather than ignored.")
    @SendsCommand(SetSpotlight.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = {
                    @ExampleObject(name = "character", value = """
                            {"type": "character", "character_id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"}"""),
                    @ExampleObject(name = "gm", value = """
                            {"type": "gm"}""")}))
    @ApiResponse(responseCode = "200", description = "The session with its spotlight", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, ID_INVALID")
    @PutMapping("/{sessionId}/spotlight")
    public SessionView setSpotlight(@PathVariable String campaignId, @PathVariable String sessionId,
                                    @RequestBody SpotlightRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        gateway.send(new SetSpotlight(id, SessionId.of(sessionId), Values.required(body.type(), "type"),
                optional(body.characterId(), v -> CharacterId.of(Values.id(v, "character_id")))), CAMPAIGN_NOT_FOUND);
        return find(id, sessionId);
    }

    @Operation(operationId = "clearSpotlight", summary = "Clear the spotlight",
            description = "Answers the session (200), not 204. Clearing an empty spotlight answers 422 "
                    + "SPOTLIGHT_UNCHANGED.")
    @SendsCommand(ClearSpotlight.class)
    @ApiResponse(responseCode = "200", description = "The session without a spotlight", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "TEXT_INVALID")
    @DeleteMapping("/{sessionId}/spotlight")
    public SessionView clearSpotlight(@PathVariable String campaignId, @PathVariable String sessionId,
                                      @Parameter(description = "Why, recorded in the journal (free text)")
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
