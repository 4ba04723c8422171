package dev.duality.app.campaign;

import dev.duality.app.security.Caller;
import dev.duality.app.security.Secrets;
import dev.duality.app.web.Gateway;
import dev.duality.core.campaign.api.ArchiveCampaign;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CreateCampaign;
import dev.duality.core.campaign.api.EndCampaign;
import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.campaign.api.GameSystemRef;
import dev.duality.core.campaign.api.LocaleTag;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.campaign.api.ParticipantId;
import dev.duality.core.campaign.api.RestoreCampaign;
import dev.duality.core.campaign.api.UpdateCampaign;
import dev.duality.core.value.Values;

import static dev.duality.core.value.Values.optional;
import dev.duality.projections.campaign.api.CampaignQueries.FindCampaign;
import dev.duality.projections.campaign.api.CampaignQueries.ListCampaigns;
import dev.duality.projections.campaign.api.CampaignView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_NOT_FOUND;

/** Campaigns: create, read, list, update and move through the lifecycle. */
@RestController
@RequestMapping("/api/v1/campaigns")
public class CampaignController {
    static final int MAX_PAGE = 200;
    private final Gateway gateway;

    public CampaignController(Gateway gateway) {
        this.gateway = gateway;
    }

    public record GameSystemBody(String id, String version) {
    }

    public record CreateCampaignRequest(String name, String locale, String themePrompt, GameSystemBody gameSystem,
                                        String ownerName) {
    }

    /** The owner's access token is shown here once and never again: only its hash is kept. */
    public record CampaignCreatedResponse(String campaignId, String ownerParticipantId, String accessToken) {
    }

    public record UpdateCampaignRequest(String name, String locale, String themePrompt) {
    }

    public record CampaignPage(List<CampaignView> items, String nextAfter) {
    }

    @PostMapping
    public ResponseEntity<CampaignCreatedResponse> create(@RequestBody CreateCampaignRequest body) {
        CampaignId campaignId = CampaignId.generate();
        ParticipantId ownerId = ParticipantId.generate();
        String token = Secrets.newToken();
        GameSystemBody system = Values.required(body.gameSystem(), "game_system");
        CreateCampaign command = new CreateCampaign(campaignId, Name.of(body.name(), "name"),
                body.locale() == null ? LocaleTag.DEFAULT : LocaleTag.of(body.locale()),
                optional(body.themePrompt(), v -> FreeText.of(v, "theme_prompt")),
                new GameSystemRef(Values.required(system.id(), "game_system.id"),
                        Values.required(system.version(), "game_system.version")),
                ownerId, Name.of(body.ownerName(), "owner_name"), Secrets.hash(token));
        // the creator is the new owner participant, so it is the actor of its own creation
        gateway.send(command, CAMPAIGN_NOT_FOUND, java.util.Map.of(), ownerId.value());
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + campaignId))
                .body(new CampaignCreatedResponse(campaignId.value(), ownerId.value(), token));
    }

    @GetMapping("/{campaignId}")
    public CampaignView get(@PathVariable String campaignId) {
        return find(CampaignId.of(campaignId));
    }

    @GetMapping
    public CampaignPage list(@RequestParam(required = false) String after,
                             @RequestParam(defaultValue = "50") int limit) {
        Values.range(limit, 1, MAX_PAGE, "limit");
        if (Caller.current().orElse(null) instanceof Caller.Participant participant) {
            // a participant token opens exactly one campaign
            List<CampaignView> own = gateway.find(new FindCampaign(participant.campaignId()), CampaignView.class)
                    .filter(c -> after == null || c.campaignId().compareTo(after) > 0).stream().toList();
            return new CampaignPage(own, null);
        }
        List<CampaignView> items = gateway.list(new ListCampaigns(after, limit), CampaignView.class);
        String next = items.size() == limit ? items.get(items.size() - 1).campaignId() : null;
        return new CampaignPage(items, next);
    }

    @PatchMapping("/{campaignId}")
    public CampaignView update(@PathVariable String campaignId, @RequestBody UpdateCampaignRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        gateway.send(new UpdateCampaign(id, optional(body.name(), v -> Name.of(v, "name")),
                optional(body.locale(), LocaleTag::of),
                optional(body.themePrompt(), v -> FreeText.of(v, "theme_prompt"))), CAMPAIGN_NOT_FOUND);
        return find(id);
    }

    @PostMapping("/{campaignId}/end")
    public CampaignView end(@PathVariable String campaignId) {
        CampaignId id = CampaignId.of(campaignId);
        gateway.send(new EndCampaign(id), CAMPAIGN_NOT_FOUND);
        return find(id);
    }

    @PostMapping("/{campaignId}/archive")
    public CampaignView archive(@PathVariable String campaignId) {
        CampaignId id = CampaignId.of(campaignId);
        gateway.send(new ArchiveCampaign(id), CAMPAIGN_NOT_FOUND);
        return find(id);
    }

    @PostMapping("/{campaignId}/restore")
    public CampaignView restore(@PathVariable String campaignId) {
        CampaignId id = CampaignId.of(campaignId);
        gateway.send(new RestoreCampaign(id), CAMPAIGN_NOT_FOUND);
        return find(id);
    }

    private CampaignView find(CampaignId id) {
        return gateway.require(new FindCampaign(id.value()), CampaignView.class, CAMPAIGN_NOT_FOUND, "campaign " + id);
    }
}
