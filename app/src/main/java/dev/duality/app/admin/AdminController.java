package dev.duality.app.admin;

import dev.duality.app.web.Gateway;
import dev.duality.core.catalog.CommandDefinition;
import dev.duality.core.catalog.EventDefinition;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.value.Values;
import dev.duality.projections.campaign.api.CampaignQueries.ListCampaigns;
import dev.duality.projections.campaign.api.CampaignView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Operator endpoints, for the admin token only: every campaign, and the message catalog with its policies. */
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

    @GetMapping("/campaigns")
    public CampaignPage campaigns(@RequestParam(required = false) String after,
                                  @RequestParam(defaultValue = "50") int limit) {
        Values.range(limit, 1, 200, "limit");
        List<CampaignView> items = gateway.list(new ListCampaigns(after, limit), CampaignView.class);
        return new CampaignPage(items, items.size() == limit ? items.get(items.size() - 1).campaignId() : null);
    }

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
