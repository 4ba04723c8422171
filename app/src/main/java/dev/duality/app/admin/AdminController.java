package dev.duality.app.admin;

import dev.duality.core.catalog.CommandDefinition;
import dev.duality.core.catalog.CommandPolicy;
import dev.duality.core.catalog.EventDefinition;
import dev.duality.core.catalog.Intent;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.app.persistence.JournalVerifier;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Operator endpoints, for the admin token only: the message catalog with every policy and intent, and the journal's
 * hash chains checked. (The admin lists every campaign through the ordinary GET /api/v1/campaigns.)
 */
@Tag(name = "Admin")
@RestController
@RequestMapping("/admin/v1")
public class AdminController {
    private final MessageCatalog catalog;
    private final JournalVerifier journal;

    public AdminController(MessageCatalog catalog, JournalVerifier journal) {
        this.catalog = catalog;
        this.journal = journal;
    }

    @Schema(description = "A command type and its policy")
    public record CommandEntry(
            @Schema(example = "campaign.update") String type,
            @Schema(description = "`core`, or `sys.` and the game system's id", example = "core") String owner,
            @Schema(description = "Who may send it", example = "manager") CommandPolicy.Access access,
            @Schema(description = "False: refused with SESSION_ACTIVE while a session is active", example = "false")
            boolean allowedDuringSession,
            @Schema(description = "False: refused with SESSION_GATE_OPEN while a gate is open", example = "false")
            boolean allowedWhileGateOpen) {
    }

    @Schema(description = "An event type and its intent")
    public record EventEntry(
            @Schema(example = "campaign.updated") String type,
            @Schema(description = "`core`, or `sys.` and the game system's id", example = "core") String owner,
            @Schema(description = "Whether it is folded into aggregate state and applied to read models",
                    example = "projection_and_replay") Intent intent) {
    }

    @Schema(description = "Every command and event type the service knows, sorted by type")
    public record Catalog(List<CommandEntry> commands, List<EventEntry> events) {
    }

    @Operation(operationId = "adminGetCatalog", summary = "Read the message catalog",
            description = "Every command type with its policy (access, allowed during a session, allowed while a gate "
                    + "is open) and every event type with its intent. **Who may call:** the admin token only.")
    @ApiResponse(responseCode = "200", description = "The catalog", useReturnTypeSchema = true)
    @GetMapping("/catalog")
    public Catalog catalog() {
        return new Catalog(
                catalog.commands().stream().sorted(Comparator.comparing(CommandDefinition::type)).map(c ->
                        new CommandEntry(c.type(), c.owner().toString(), c.policy().access(),
                                c.policy().allowedDuringSession(), c.policy().allowedWhileGateOpen())).toList(),
                catalog.events().stream().sorted(Comparator.comparing(EventDefinition::type)).map(e ->
                        new EventEntry(e.type(), e.owner().toString(), e.intent())).toList());
    }

    @Schema(description = "The first event, in journal order, at which a stream's hash chain breaks")
    public record BrokenEventView(
            @Schema(description = "The stream (aggregate id)", example = "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d")
            String stream,
            @Schema(description = "Its sequence number in the stream", example = "12") long sequence,
            @Schema(example = "b7e3f9a2-1c4d-4e8f-9a0b-2c3d4e5f6a7b") String eventId,
            @Schema(description = "Its position in the journal", example = "1043") long globalIndex,
            @Schema(description = "`hash_mismatch`: its hash is not that of its content and its predecessor's hash "
                    + "(it, or its predecessor, was written or changed around the database's trigger); "
                    + "`missing_predecessor`: the event before it in the stream is gone",
                    example = "hash_mismatch") String problem) {
    }

    @Schema(description = "What the journal check found")
    public record JournalVerifyView(
            @Schema(description = "Every stream's chain holds", example = "true") boolean intact,
            @Schema(description = "Events checked: the whole journal", example = "1043") long eventsChecked,
            @Schema(description = "Streams (aggregates) checked", example = "57") long streamsChecked,
            @Schema(description = "Null when intact") BrokenEventView firstBroken) {
    }

    @Operation(operationId = "adminVerifyJournal", summary = "Check the journal's hash chains",
            description = "Recomputes, in the database and in one snapshot, every event's hash from its content and "
                    + "its predecessor's hash in its stream, as the database computed it when the event was appended, "
                    + "and names the first event, in journal order, where a chain breaks. An event changed, removed or "
                    + "slipped in by a role that can bypass the database's triggers is found there. Reads the whole "
                    + "journal. **Who may call:** the admin token only.")
    @ApiResponse(responseCode = "200", description = "What it found (a broken chain is a finding, not an error)",
            useReturnTypeSchema = true)
    @PostMapping("/journal/verify")
    public JournalVerifyView verifyJournal() {
        JournalVerifier.Report report = journal.verify();
        return new JournalVerifyView(report.firstBroken().isEmpty(), report.eventsChecked(), report.streamsChecked(),
                report.firstBroken().map(broken -> new BrokenEventView(broken.stream(), broken.sequence(),
                        broken.eventId(), broken.globalIndex(), broken.problem().name().toLowerCase(Locale.ROOT)))
                        .orElse(null));
    }
}
