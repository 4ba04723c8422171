package dev.duality.app.projection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Operator endpoints for the projections: where each stands in the journal, and rebuilding one from it. */
@Tag(name = "Admin")
@RestController
@RequestMapping("/admin/v1/projections")
public class ProjectionAdminController {
    private final ProjectionProcessors processors;
    private final DeadLetters deadLetters;
    private final ProjectionRebuilds verifier;
    private final ShadowProjections shadows;

    public ProjectionAdminController(ProjectionProcessors processors, DeadLetters deadLetters,
                                     ProjectionRebuilds verifier, ShadowProjections shadows) {
        this.processors = processors;
        this.deadLetters = deadLetters;
        this.verifier = verifier;
        this.shadows = shadows;
    }

    @Schema(description = "A projection (processing group) and its processor")
    public record ProjectionView(
            @Schema(example = "campaigns") String name,
            @Schema(description = "`inline`: applied in each command's transaction, always current, no token; "
                    + "`async`: a streaming processor follows the journal with tokens; `shadow`: inline, with a "
                    + "shadow (below)", example = "async")
            String mode,
            @Schema(description = "Segments of the token space (async)", example = "1") int segments,
            @Schema(description = "Segments this node processes; the rest are another node's or unclaimed",
                    example = "1") int segmentsHere,
            @Schema(description = "The journal position every segment has passed (async); null inline",
                    example = "1041") Long position,
            @Schema(description = "The journal's last position", example = "1043") long head,
            @Schema(description = "Events between the position and the head (async); null inline", example = "2")
            Long lag,
            @Schema(description = "Rebuilding from the journal after a replay request", example = "false")
            boolean replaying,
            @Schema(description = "While replaying: percent of the way to where the head stood when the replay "
                    + "began", example = "null") Double replayProgress,
            @Schema(description = "A segment of the processor stopped on an error and is being restarted",
                    example = "false") boolean error,
            @Schema(description = "Events it could not apply, parked (GET /admin/v1/dead-letters)", example = "0")
            long deadLetters,
            @Schema(description = "Shadow mode only: the streaming processor that applies the same handlers to "
                    + "shadow tables; null in the other modes") ShadowView shadow) {
    }

    @Schema(description = "A projection's shadow: a streaming processor writing copies of its tables")
    public record ShadowView(
            @Schema(description = "The journal position every segment of the shadow has passed", example = "1041")
            Long position,
            @Schema(description = "Events between the shadow's position and the head", example = "2") Long lag,
            @Schema(description = "Events a handler failed on in the shadow (logged; the shadow went on)",
                    example = "0") long failures,
            @Schema(description = "The last such failure: event type, id and cause", example = "null")
            String lastFailure,
            @Schema(description = "The last comparison with the live tables (scheduled, or asked for); null "
                    + "before the first") ComparisonView lastComparison) {
    }

    @Schema(description = "A comparison of the shadow tables with the live ones")
    public record ComparisonView(
            @Schema(example = "2026-12-07T06:30:00Z") java.time.Instant at,
            @Schema(description = "Every table the same, row for row", example = "true") boolean identical,
            @Schema(description = "Rows missing or unexpected in the live tables against the shadow", example = "0")
            long differingRows,
            @Schema(description = "Events applied to a copy of the shadow to bring it to the live tables' point",
                    example = "2") long eventsCaughtUp) {
    }

    @Operation(operationId = "adminListProjections", summary = "List the projections and where they stand",
            description = "Each projection's processor: its apply mode, segments, the journal position it has passed, "
                    + "the journal head, its lag, and replay progress. **Who may call:** the admin token only.")
    @ApiResponse(responseCode = "200", description = "The projections, by name", useReturnTypeSchema = true)
    @GetMapping
    public List<ProjectionView> list() {
        return processors.states().stream().map(this::view).toList();
    }

    @Operation(operationId = "adminGetProjection", summary = "Read one projection's state",
            description = "**Who may call:** the admin token only.")
    @ApiResponse(responseCode = "200", description = "The projection", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "PROJECTION_NOT_FOUND")
    @GetMapping("/{projection}")
    public ProjectionView get(@PathVariable String projection) {
        return view(processors.state(projection));
    }

    @Operation(operationId = "adminReplayProjection", summary = "Rebuild a projection from the journal",
            description = "Async: stops the projection's processor, resets its tracking tokens to the journal's start "
                    + "(its tables are cleared in the same step) and starts it again; it then rebuilds from the first "
                    + "event and follows the head. Commands keep succeeding meanwhile; reads of this projection "
                    + "answer from what it has rebuilt so far; follow the progress with GET. Inline: rebuilds it in "
                    + "one transaction before answering; commands that write its tables wait until it is done, and "
                    + "a handler that fails leaves everything as it was. **Who may call:** the admin token only.")
    @ApiResponse(responseCode = "202", description = "Async: the replay has begun", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "Inline: the projection was rebuilt",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "PROJECTION_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "PROJECTION_REPLAY_BLOCKED, PROJECTION_REPLAY_FAILED")
    @PostMapping("/{projection}/replay")
    public ResponseEntity<ProjectionView> replay(@PathVariable String projection) {
        ProjectionView replayed = view(processors.replay(projection));
        return ResponseEntity.status(replayed.mode().equals("async") ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .body(replayed);
    }

    @Schema(description = "One table of the projection: the journal's rows against the live ones")
    public record TableCheckView(
            @Schema(example = "campaigns") String table,
            @Schema(example = "41") long liveRows,
            @Schema(description = "Rows a rebuild from the journal gives", example = "41") long rebuiltRows,
            @Schema(description = "Rows the journal gives that the live table lacks (or holds differently)",
                    example = "1") long missing,
            @Schema(description = "Live rows the journal does not give", example = "1") long unexpected,
            @ArraySchema(arraySchema = @Schema(description = "Up to 3 missing rows: column names and values"),
                    schema = @Schema(example = """
                            {"campaign_id": "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d", "name": "The Ford"}"""))
            List<Map<String, Object>> missingSamples,
            @ArraySchema(arraySchema = @Schema(description = "Up to 3 unexpected rows: column names and values"),
                    schema = @Schema(example = """
                            {"campaign_id": "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d", "name": "Tampered"}"""))
            List<Map<String, Object>> unexpectedSamples) {
    }

    @Schema(description = "A handler that failed on an event while rebuilding")
    public record FailureView(@Schema(example = "b7e3f9a2-1c4d-4e8f-9a0b-2c3d4e5f6a7b") String eventId,
                              @Schema(example = "campaign.updated") String eventType,
                              @Schema(example = "java.lang.IllegalStateException: no campaign") String cause) {
    }

    @Schema(description = "What the integrity check found")
    public record VerifyView(
            @Schema(example = "campaigns") String name,
            @Schema(description = "Every table as the journal gives it, and no handler failed", example = "true")
            boolean identical,
            @Schema(description = "Events the rebuild applied", example = "1041") long eventsApplied,
            @Schema(description = "The journal position it read to", example = "1043") long journalPosition,
            List<TableCheckView> tables, List<FailureView> failures) {
    }

    @Operation(operationId = "adminVerifyProjection", summary = "Check a projection against the journal",
            description = "Rebuilds the projection from the journal into scratch copies of its tables, in one "
                    + "snapshot, and compares them row for row with the live tables, which it never touches. "
                    + "Inline, every event is checked; async, those the processor had applied. Takes as long as a "
                    + "replay of the journal. **Who may call:** the admin token only.")
    @ApiResponse(responseCode = "200", description = "What it found", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "PROJECTION_NOT_FOUND")
    @PostMapping("/{projection}/verify")
    public VerifyView verify(@PathVariable String projection) {
        return verifyView(verifier.verify(projection));
    }

    @Operation(operationId = "adminCompareShadow", summary = "Compare a projection's shadow with its live tables",
            description = "Shadow mode: in one snapshot, copies the projection's shadow tables, applies to the copy "
                    + "the events the shadow has yet to apply, and compares it row for row with the live tables; "
                    + "neither is touched. `rebuilt_rows` counts the shadow's rows. The result is also kept for GET "
                    + "(`shadow.last_comparison`); a schedule compares every projection now and then "
                    + "(`duality.projections.shadow-compare-interval`). **Who may call:** the admin token only.")
    @ApiResponse(responseCode = "200", description = "What it found", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "PROJECTION_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "PROJECTION_NOT_SHADOWED")
    @PostMapping("/{projection}/shadow/compare")
    public VerifyView compareShadow(@PathVariable String projection) {
        return verifyView(shadows.compare(projection));
    }

    private static VerifyView verifyView(ProjectionRebuilds.Report report) {
        return new VerifyView(report.projection(), report.identical(), report.eventsApplied(),
                report.journalPosition(), report.tables().stream().map(t -> new TableCheckView(t.table(),
                        t.liveRows(), t.rebuiltRows(), t.missing(), t.unexpected(), t.missingSamples(),
                        t.unexpectedSamples())).toList(),
                report.failures().stream().map(f -> new FailureView(f.eventId(), f.eventType(), f.cause())).toList());
    }

    private ProjectionView view(ProjectionProcessors.State state) {
        ShadowView shadow = shadows.stateIfShadowed(state.name()).map(s -> new ShadowView(s.position(), s.lag(),
                s.failures(), s.lastFailure(), s.lastComparison() == null ? null : new ComparisonView(
                        s.lastComparison().at(), s.lastComparison().identical(), s.lastComparison().differingRows(),
                        s.lastComparison().eventsCaughtUp()))).orElse(null);
        String mode = state.streaming() ? "async" : shadow != null ? "shadow" : "inline";
        return new ProjectionView(state.name(), mode, state.segments(), state.segmentsHere(), state.position(),
                state.head(), state.lag(), state.replaying(), state.replayProgress(), state.errored(),
                deadLetters.count(state.name()), shadow);
    }
}
