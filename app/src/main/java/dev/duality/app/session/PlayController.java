package dev.duality.app.session;

import dev.duality.web.ApiRejection;
import dev.duality.web.Gateway;
import dev.duality.web.SendsCommand;
import dev.duality.web.RequestEnvelope;
import dev.duality.core.action.api.AddStoryNote;
import dev.duality.core.action.api.RevealGmNote;
import dev.duality.core.action.api.NoteId;
import dev.duality.core.action.api.AddGmNote;
import dev.duality.core.action.api.ApplyOutcome;
import dev.duality.core.action.api.RejectOutcome;
import dev.duality.core.action.api.ResolveRoll;
import dev.duality.core.action.api.RollResolved;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.dice.DiceGroup;
import dev.duality.core.dice.DiceMode;
import dev.duality.core.dice.DiceRoll;
import dev.duality.core.dice.DiceSpec;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.value.Values;
import dev.duality.core.value.Wire;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import static dev.duality.core.value.Values.optional;
import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_NOT_FOUND;

/**
 * Play: rolls (server dice, seeded and recorded, or physical dice reported by the client), their outcomes (applied
 * exactly once, keyed by Idempotency-Key) and story notes. Rolls, outcomes and notes live in the journal and the
 * timeline, not in read models, so these endpoints answer from the command's own result.
 */
@Tag(name = "Play")
@RestController
public class PlayController {
    private static final String SESSION = "/api/v1/campaigns/{campaignId}/sessions/{sessionId}";
    private final Gateway gateway;

    public PlayController(Gateway gateway) {
        this.gateway = gateway;
    }

    public record DiceBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "20")
                           Integer count,
                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                   description = "One of 2, 3, 4, 6, 8, 10, 12, 20, 100") Integer sides) {
    }

    /** Server dice unless {@code physical_results} lists the values the table rolled by hand, die by die. */
    public record RollRequest(@Schema(description = "The character rolling, if any") String characterId,
                              @Schema(description = "A short code, e.g. action or damage") String label,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                      description = "1-10 groups, rolled and reported in this order")
                              List<DiceBody> dice,
                              @Schema(description = "-100..100, default 0") Integer modifier,
                              @Schema(description = "Physical dice: one value per die, in order (group by group); "
                                      + "absent for server dice") List<Integer> physicalResults) {
    }

    /** The seed is a string: it is a full 64-bit number, beyond what JavaScript numbers hold exactly. */
    @Schema(description = "A resolved roll")
    public record RollView(
            @Schema(description = "The roll's number within the campaign, from 1", example = "1") long rollSeq,
            @Schema(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") String sessionId,
            @Schema(description = "The character rolling; null when none",
                    example = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d") String characterId,
            @Schema(description = "A short code; null when none", example = "action") String label,
            @Schema(description = "Who rolled: the server (seeded, reproducible) or the table (physical dice)",
                    example = "server") DiceMode mode,
            @Schema(description = "The server's dice algorithm; null for physical dice", example = "splitmix64-v1")
            String algorithm,
            @Schema(description = "The server's seed, an unsigned 64-bit number as a decimal string (beyond what "
                    + "JavaScript numbers hold exactly); null for physical dice", example = "8681562020078987792")
            String seed,
            @Schema(example = "2d12+2") String notation,
            @Schema(description = "Every die, in the order rolled",
                    example = "[{\"sides\": 12, \"value\": 12}, {\"sides\": 12, \"value\": 4}]") List<Die> results,
            @Schema(example = "2") int modifier,
            @Schema(description = "The dice plus the modifier", example = "18") int total) {

        @Schema(description = "One die and the value it shows")
        public record Die(@Schema(example = "12") int sides, @Schema(example = "12") int value) {
        }
    }

    public record OutcomeRequest(@Schema(description = "Character ids the outcome applies to") List<String> targets,
                                 @Schema(description = "Default false") Boolean requiresComplication,
                                 @Schema(description = "Free text") String summary) {
    }

    @Schema(description = "What became of a roll's outcome")
    public record OutcomeView(
            @Schema(example = "1") long rollSeq,
            @Schema(description = "The Idempotency-Key it was applied with; null for a rejection",
                    example = "outcome-roll-1") String requestId,
            @ArraySchema(schema = @Schema(description = "A character id",
                    example = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d")) List<String> targets,
            @Schema(example = "false") boolean requiresComplication,
            @Schema(example = "applied") OutcomeStatus status) {
    }

    public record RejectOutcomeRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                               description = "A short code") String reasonCode,
                                       @Schema(description = "Free text") String message) {
    }

    public record NoteRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Free text")
                              String content,
                              @Schema(description = "The character the note is about, if any") String characterId) {
    }

    @Operation(operationId = "resolveRoll", summary = "Roll dice",
            description = """
                    Resolves a roll in the active session. Without `physical_results` the server rolls: the seed \
                    (a decimal string, a full unsigned 64-bit number) and the algorithm are recorded with the dice, so \
                    the roll can be re-derived and replay never rolls again. With `physical_results` the client \
                    reports dice rolled at the table, one value per die in order; the roll is marked `physical`. \
                    Rolls are numbered per campaign (`roll_seq`) and live in the journal and the timeline, not in a \
                    read model: Location points at the timeline.""")
    @SendsCommand(ResolveRoll.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = {
                    @ExampleObject(name = "server", summary = "Server dice: 2d12+2", value = """
                            {"character_id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", "label": "action",
                             "dice": [{"count": 2, "sides": 12}], "modifier": 2}"""),
                    @ExampleObject(name = "physical", summary = "Physical dice: a d8 rolled at the table", value = """
                            {"character_id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", "label": "damage",
                             "dice": [{"count": 1, "sides": 8}], "physical_results": [6]}""")}))
    @ApiResponse(responseCode = "201", description = "The resolved roll", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "ID_INVALID, CODE_INVALID")
    @PostMapping(SESSION + "/rolls")
    public ResponseEntity<RollView> roll(@PathVariable String campaignId, @PathVariable String sessionId,
                                         @RequestBody RollRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        List<DiceBody> groups = Values.required(body.dice(), "dice");
        List<DiceGroup> dice = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            DiceBody group = Values.required(groups.get(i), "dice[" + i + "]");
            dice.add(new DiceGroup(Values.required(group.count(), "dice[" + i + "].count"),
                    Values.required(group.sides(), "dice[" + i + "].sides")));
        }
        DiceSpec spec = new DiceSpec(dice, body.modifier() == null ? 0 : body.modifier());
        RollResolved resolved = gateway.send(new ResolveRoll(id, SessionId.of(sessionId),
                optional(body.characterId(), v -> CharacterId.of(Values.id(v, "character_id"))),
                optional(body.label(), v -> ShortCode.of(v, "label")), spec, body.physicalResults()),
                CAMPAIGN_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/timeline"))
                .body(view(resolved));
    }

    /** Needs an Idempotency-Key: it is the outcome's request id, and a repeat answers the first result. */
    @Operation(operationId = "applyOutcome", summary = "Apply a roll's outcome, exactly once",
            description = "Applies the outcome of a roll of this session. Needs an `Idempotency-Key`: it becomes the "
                    + "outcome's request id. A retry with the same key and body answers the first result again "
                    + "(`Idempotent-Replayed: true`) without a second effect; any other attempt on the same roll is "
                    + "refused with OUTCOME_ALREADY_APPLIED.")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true,
            description = "Required here: the outcome's request id. Reuse it to retry safely.",
            schema = @Schema(type = "string", pattern = "^[A-Za-z0-9._:-]{1,128}$"), example = "outcome-roll-1")
    @SendsCommand(ApplyOutcome.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "outcome", value = """
                    {"targets": ["9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"], "requires_complication": false,
                     "summary": "Sable clears the ford"}""")))
    @ApiResponse(responseCode = "200", description = "Applied (or, for a repeated key, the first answer replayed)",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "ID_INVALID, TEXT_INVALID")
    @PostMapping(SESSION + "/rolls/{rollSeq}/outcome")
    public OutcomeView applyOutcome(@PathVariable String campaignId, @PathVariable String sessionId,
                                    @PathVariable long rollSeq, @RequestBody OutcomeRequest body,
                                    HttpServletRequest request) {
        String requestId = request.getHeader(RequestEnvelope.IDEMPOTENCY_HEADER);
        dev.duality.core.rejection.Rejected.unless(requestId != null,
                dev.duality.core.action.api.ActionRejection.OUTCOME_REQUEST_ID_REQUIRED, RequestEnvelope.IDEMPOTENCY_HEADER,
                "applying an outcome needs an Idempotency-Key header");
        List<String> targets = body.targets() == null ? List.of() : body.targets();
        List<CharacterId> targetIds = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            targetIds.add(CharacterId.of(Values.id(targets.get(i), "targets[" + i + "]")));
        }
        boolean complication = Boolean.TRUE.equals(body.requiresComplication());
        gateway.send(new ApplyOutcome(CampaignId.of(campaignId), SessionId.of(sessionId), rollSeq, requestId,
                targetIds, complication, optional(body.summary(), v -> FreeText.of(v, "summary"))),
                CAMPAIGN_NOT_FOUND);
        return new OutcomeView(rollSeq, requestId, targets, complication, OutcomeStatus.APPLIED);
    }

    @Operation(operationId = "rejectOutcome", summary = "Reject a roll's outcome",
            description = "Records (for the audit trail only) that the GM turned a roll's outcome down. It changes "
                    + "no state: it may be recorded more than once, and the outcome may still be applied later. "
                    + "Refused once the outcome was applied.")
    @SendsCommand(RejectOutcome.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "reject", value = """
                    {"reason_code": "retcon", "message": "We rewound the scene"}""")))
    @ApiResponse(responseCode = "200", description = "Recorded", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, CODE_INVALID, TEXT_INVALID")
    @PostMapping(SESSION + "/rolls/{rollSeq}/outcome/reject")
    public OutcomeView rejectOutcome(@PathVariable String campaignId, @PathVariable String sessionId,
                                     @PathVariable long rollSeq, @RequestBody RejectOutcomeRequest body) {
        gateway.send(new RejectOutcome(CampaignId.of(campaignId), SessionId.of(sessionId), rollSeq,
                ShortCode.of(body.reasonCode(), "reason_code"),
                optional(body.message(), v -> FreeText.of(v, "message"))), CAMPAIGN_NOT_FOUND);
        return new OutcomeView(rollSeq, null, List.of(), false, OutcomeStatus.REJECTED);
    }

    @Operation(operationId = "addStoryNote", summary = "Add a story note",
            description = "A note for the audit trail and the timeline (recorded with the active session, if any). "
                    + "No read model shows notes.")
    @SendsCommand(AddStoryNote.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "note", value = """
                    {"content": "Sable found a carved stone by the ford.",
                     "character_id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"}""")))
    @ApiResponse(responseCode = "204", description = "Recorded")
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, TEXT_INVALID, ID_INVALID")
    @PostMapping("/api/v1/campaigns/{campaignId}/notes")
    public ResponseEntity<Void> addNote(@PathVariable String campaignId, @RequestBody NoteRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        gateway.send(new AddStoryNote(id, FreeText.of(body.content(), "content"),
                optional(body.characterId(), v -> CharacterId.of(Values.id(v, "character_id")))), CAMPAIGN_NOT_FOUND);
        return ResponseEntity.noContent().build();
    }

    public record GmNoteRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                        example = "The miller is the cult's informant.") String content,
                                @Schema(description = "The character the note is about, if any",
                                        example = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d") String characterId) {
    }

    @Schema(description = "The GM note just written")
    public record GmNoteCreated(@Schema(example = "2b1c0d9e-8f7a-4b6c-9d5e-4f3a2b1c0d9e") String noteId) {
    }

    @Operation(operationId = "addGmNote", summary = "Write a GM note (secret)",
            description = "A note only the campaign's GMs (and the admin) see: it is in their timeline and live "
                    + "stream, never in a player's, until a GM reveals it (recorded with the active session, if "
                    + "any).")
    @SendsCommand(AddGmNote.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "gm note", value = """
                    {"content": "The miller is the cult's informant.",
                     "character_id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"}""")))
    @ApiResponse(responseCode = "201", description = "Recorded", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, TEXT_INVALID, ID_INVALID")
    @PostMapping("/api/v1/campaigns/{campaignId}/gm-notes")
    public ResponseEntity<GmNoteCreated> addGmNote(@PathVariable String campaignId, @RequestBody GmNoteRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        NoteId noteId = NoteId.generate();
        gateway.send(new AddGmNote(id, noteId, FreeText.of(body.content(), "content"),
                optional(body.characterId(), v -> CharacterId.of(Values.id(v, "character_id")))), CAMPAIGN_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/timeline"))
                .body(new GmNoteCreated(noteId.value()));
    }

    @Operation(operationId = "revealGmNote", summary = "Reveal a GM note to the table",
            description = "From now on every participant sees the note: `story.gm_note_revealed`, with its words, "
                    + "enters everyone's timeline and live stream. The note's own entry stays the GMs'.")
    @SendsCommand(RevealGmNote.class)
    @ApiResponse(responseCode = "204", description = "Revealed")
    @PostMapping("/api/v1/campaigns/{campaignId}/gm-notes/{noteId}/reveal")
    public ResponseEntity<Void> revealGmNote(@PathVariable String campaignId, @PathVariable String noteId) {
        gateway.send(new RevealGmNote(CampaignId.of(campaignId), NoteId.of(noteId)), CAMPAIGN_NOT_FOUND);
        return ResponseEntity.noContent().build();
    }

    private static RollView view(RollResolved resolved) {
        DiceRoll roll = resolved.roll();
        return new RollView(resolved.rollSeq(), resolved.sessionId().value(), Wire.text(resolved.characterId()),
                Wire.text(resolved.label()), roll.mode(), roll.algorithm(),
                roll.seed() == null ? null : Long.toUnsignedString(roll.seed()), roll.spec().notation(),
                roll.results().stream().map(d -> new RollView.Die(d.sides(), d.value())).toList(), roll.modifier(),
                roll.total());
    }
}
