package dev.duality.sys.daggerheart.undo.web;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.sys.daggerheart.DaggerheartRejection;
import dev.duality.sys.daggerheart.countdown.api.CountdownId;
import dev.duality.sys.daggerheart.undo.api.UndoDecision;
import dev.duality.sys.daggerheart.undo.api.UndoResult;
import dev.duality.sys.daggerheart.undo.api.UndoneKind;
import dev.duality.web.Gateway;
import dev.duality.web.SendsCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
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

import java.util.List;

/**
 * Undo: the GM takes back a damage application, a Duality roll's outcome or a rest by compensating events. The
 * decision is made against the journal by {@code sys.daggerheart.decision.undo}; this endpoint only names it.
 */
@Tag(name = "Daggerheart")
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/daggerheart/undo")
public class UndoController {
    private final Gateway gateway;

    public UndoController(Gateway gateway) {
        this.gateway = gateway;
    }

    public record UndoRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
            description = "Any event of the decision to undo: an entry's event_id in the timeline",
            example = "0b6f3a52-8c1e-4d7a-9f2b-5e4c3d2a1b0f") String eventId) {
    }

    /** What the undo restored; the undone decision's events stay in the journal and the timeline. */
    public record UndoView(UndoneKind undone,
                           @Schema(description = "The undone decision's correlation_id",
                                   example = "5f2c1e0d-9b8a-4c7d-8e6f-1a2b3c4d5e6f") String correlationId,
                           @ArraySchema(schema = @Schema(example = "0b6f3a52-8c1e-4d7a-9f2b-5e4c3d2a1b0f"),
                                   arraySchema = @Schema(description = "The undone decision's events, in journal "
                                           + "order")) List<String> undoneEventIds,
                           @ArraySchema(schema = @Schema(example = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"),
                                   arraySchema = @Schema(description = "Characters whose tracks were restored"))
                           List<String> characterIds,
                           @Schema(description = "The GM's Fear restored, or null when the decision did not change "
                                   + "it", example = "3") Integer gmFear,
                           @ArraySchema(schema = @Schema(example = "ritual"),
                                   arraySchema = @Schema(description = "Countdowns restored")) List<String> countdownIds) {
    }

    @Operation(operationId = "undoDaggerheartDecision", summary = "Undo a decision",
            description = "The GM undoes a damage application (to one or several characters), a Duality roll's "
                    + "outcome or a rest, named by any event of it (its event_id in the timeline; a decision is "
                    + "every event of one request). Compensating events (character_state_restored, "
                    + "gm_state_restored, countdown_restored) put back the values it changed in the sheets, the GM "
                    + "state and the countdowns; the session's record (the outcome applied, its gate, the spotlight, "
                    + "the dice rolled) stays as it is. Refused when anything the decision changed changed again "
                    + "after it (undo the later decision first), when it was already undone, and for any other kind "
                    + "of decision. The original events stay in the journal.")
    @SendsCommand(UndoDecision.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "undo a damage", value = """
                    {"event_id": "0b6f3a52-8c1e-4d7a-9f2b-5e4c3d2a1b0f"}""")))
    @ApiResponse(responseCode = "200", description = "What the undo restored", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "ID_INVALID, VALUE_REQUIRED")
    @PostMapping
    public UndoView undo(@PathVariable String campaignId, @RequestBody UndoRequest body) {
        UndoResult result = gateway.send(new UndoDecision(CampaignId.of(campaignId), body.eventId()),
                DaggerheartRejection.DAGGERHEART_DECISION_NOT_FOUND);
        return new UndoView(result.undone(), result.correlationId(), result.undoneEventIds(),
                result.characters().stream().map(CharacterId::value).toList(), result.gmFear(),
                result.countdowns().stream().map(CountdownId::value).toList());
    }
}
