package dev.duality.app.projection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** Operator endpoints for the events projections could not apply. */
@Tag(name = "Admin")
@RestController
@RequestMapping("/admin/v1/dead-letters")
public class DeadLetterAdminController {
    private final DeadLetters deadLetters;

    public DeadLetterAdminController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Schema(description = "An event a projection could not apply, parked with the rest of its sequence")
    public record DeadLetterView(
            @Schema(example = "3f0c9a1e-7b2d-4c5e-8f6a-9b0c1d2e3f4a") String deadLetterId,
            @Schema(example = "campaigns") String projection,
            @Schema(description = "The events that must stay in order with it: an aggregate's, or a campaign's",
                    example = "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d") String sequence,
            @Schema(description = "Its place in the sequence's dead letters, from 0", example = "0") long index,
            @Schema(example = "campaign.updated") String eventType,
            @Schema(example = "b7e3f9a2-1c4d-4e8f-9a0b-2c3d4e5f6a7b") String eventId,
            @Schema(example = "2025-03-01T18:45:00Z") Instant enqueuedAt,
            @Schema(description = "The last time it was retried", example = "2025-03-01T18:50:00Z")
            Instant lastTouched,
            @Schema(example = "java.lang.IllegalStateException") String causeType,
            @Schema(example = "value too long for type character varying(100)") String causeMessage) {
    }

    @Schema(description = "The dead letters, by projection, sequence and index")
    public record DeadLetterList(List<DeadLetterView> items) {
    }

    @Schema(description = "What a retry did")
    public record RetryView(
            @Schema(description = "True when every event of the sequence applied; false leaves what failed parked "
                    + "with its new cause", example = "true") boolean applied,
            @Schema(description = "The projection's dead letters after the retry") List<DeadLetterView> remaining) {
    }

    @Operation(operationId = "adminListDeadLetters", summary = "List the dead letters",
            description = "Events a projection's handler failed on, with the later events of the same sequence that "
                    + "were parked behind them to keep their order. **Who may call:** the admin token only.")
    @ApiResponse(responseCode = "200", description = "The dead letters", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "PROJECTION_NOT_FOUND")
    @GetMapping
    public DeadLetterList list(@Parameter(description = "Only this projection's")
                               @RequestParam(required = false) String projection) {
        return new DeadLetterList(deadLetters.list(projection).stream().map(DeadLetterAdminController::view)
                .toList());
    }

    @Operation(operationId = "adminRetryDeadLetter", summary = "Retry a dead letter's sequence",
            description = "Applies the letter's whole sequence again, in order, from its first letter; call it once "
                    + "the cause is fixed. **Who may call:** the admin token only.")
    @ApiResponse(responseCode = "200", description = "What the retry did", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "DEAD_LETTER_NOT_FOUND")
    @PostMapping("/{deadLetterId}/retry")
    public RetryView retry(@PathVariable String deadLetterId) {
        DeadLetters.Retried retried = deadLetters.retry(deadLetterId);
        return new RetryView(retried.applied(), deadLetters.list(retried.projection()).stream()
                .map(DeadLetterAdminController::view).toList());
    }

    @Operation(operationId = "adminEvictDeadLetter", summary = "Evict a dead letter",
            description = "Drops the letter: the projection skips its event for good (a later replay applies it "
                    + "again, if its cause is gone). The rest of its sequence stays parked until retried. **Who may "
                    + "call:** the admin token only.")
    @ApiResponse(responseCode = "204", description = "Evicted")
    @ApiResponse(responseCode = "404", description = "DEAD_LETTER_NOT_FOUND")
    @PostMapping("/{deadLetterId}/evict")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void evict(@PathVariable String deadLetterId) {
        deadLetters.evict(deadLetterId);
    }

    private static DeadLetterView view(DeadLetters.Letter letter) {
        return new DeadLetterView(letter.id(), letter.projection(), letter.sequence(), letter.index(),
                letter.eventType(), letter.eventId(), letter.enqueuedAt(), letter.lastTouched(), letter.causeType(),
                letter.causeMessage());
    }
}
