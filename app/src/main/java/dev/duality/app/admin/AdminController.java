package dev.duality.app.admin;

import dev.duality.app.web.Gateway;
import dev.duality.core.catalog.CommandDefinition;
import dev.duality.core.catalog.EventDefinition;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.value.Values;
import dev.duality.projections.campaign.api.CampaignQueries.ListCampaigns;
import dev.duality.projections.campaign.api.CampaignView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Operator endpoints, for the admin token only: every campaign, and the message catalog with its policies. */
@Tag(name = "Admin")
@RestController
@RequestMapping("/admin/v1")
public class AdminController {
    private final Gateway gateway;
    private final MessageCatalog catalog;

    public AdminController(Gateway gateway, MessageCatalog catalog) {
        this.gateway = gateway;
        this.catalog = catalog;
    }

    public record CampaignPage(List<CampaignView> items, String nextAfter) {
    }

    public record CommandEntry(String type, String owner, String access, boolean allowedDuringSession,
                               boolean allowedWhileGateOpen) {
    }

    public record EventEntry(String type, String owner, String intent) {
    }

    public record Catalog(List<CommandEntry> commands, List<EventEntry> events) {
    }

    @Operation(operationId = "adminListCampaigns", summary = "List every campaign",
            description = "Every campaign ordered by id, paged with `after` and `limit`. **Who may call:** the admin "
                    + "token only.")
    @ApiResponse(responseCode = "200", description = "A page of campaigns; `next_after` is null on the last page",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_OUT_OF_RANGE")
    @GetMapping("/campaigns")
    public CampaignPage campaigns(@Parameter(description = "Return campaigns whose id sorts after this one")
                                  @RequestParam(required = false) String after,
                                  @Parameter(description = "Page size, 1-200", schema = @Schema(type = "integer",
                                          format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
                                  @RequestParam(defaultValue = "50") int limit) {
        Values.range(limit, 1, 200, "limit");
        List<CampaignView> items = gateway.list(new ListCampaigns(after, limit), CampaignView.class);
        return new CampaignPage(items, items.size() == limit ? items.get(items.size() - 1).campaignId() : null);
    }

    @Operation(operationId = "adminGetCatalog", summary = "Read the message catalog",
            description = "Every command type with its policy (access, allowed during a session, allowed while a gate "
                    + "is open) and every event type with its intent. **Who may call:** the admin token only.")
    @ApiResponse(responseCode = "200", description = "The catalog", useReturnTypeSchema = true)
    @GetMapping("/catalog")
    public Catalog catalog() {
        return new Catalog(
                catalog.commands().stream().sorted(Comparator.comparing(CommandDefinition::type)).map(c ->
                        new CommandEntry(c.type(), c.owner().toString(), lower(c.policy().access()),
                                c.policy().allowedDuringSession(), c.policy().allowedWhileGateOpen())).toList(),
                catalog.events().stream().sorted(Comparator.comparing(EventDefinition::type)).map(e ->
                        new EventEntry(e.type(), e.owner().toString(), lower(e.intent()))).toList());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
