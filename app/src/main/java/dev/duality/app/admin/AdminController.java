package dev.duality.app.admin;

import dev.duality.core.catalog.CommandDefinition;
import dev.duality.core.catalog.CommandPolicy;
import dev.duality.core.catalog.EventDefinition;
import dev.duality.core.catalog.Intent;
import dev.duality.core.catalog.MessageCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;

/**
 * Operator endpoints, for the admin token only: the message catalog with every policy and intent. (The admin lists
 * every campaign through the ordinary GET /api/v1/campaigns.)
 */
@Tag(name = "Admin")
@RestController
@RequestMapping("/admin/v1")
public class AdminController {
    private final MessageCatalog catalog;

    public AdminController(MessageCatalog catalog) {
        this.catalog = catalog;
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
}
