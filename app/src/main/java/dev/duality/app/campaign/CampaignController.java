package dev.duality.app.campaign;

import dev.duality.web.CampaignGuard;

import dev.duality.web.Caller;
import dev.duality.app.security.Secrets;
import dev.duality.web.Gateway;
import dev.duality.web.SendsCommand;
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
import dev.duality.core.campaign.api.UpgradeGameSystem;
import dev.duality.core.value.Values;

import static dev.duality.core.value.Values.optional;
import dev.duality.projections.campaign.api.CampaignQueries.FindCampaign;
import dev.duality.projections.campaign.api.CampaignQueries.ListCampaigns;
import dev.duality.projections.campaign.api.CampaignView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Campaigns")
@RestController
@RequestMapping("/api/v1/campaigns")
public class CampaignController {
    static final int MAX_PAGE = 200;
    private final Gateway gateway;
    private final CampaignGuard reads;

    public CampaignController(Gateway gateway, CampaignGuard reads) {
        this.gateway = gateway;
        this.reads = reads;
    }

    @Schema(description = "A game system module and the version the campaign plays")
    public record GameSystemBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "daggerheart") String id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "1.0.0") String version) {
    }

    public record CreateCampaignRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "1-100 characters on one line")
            String name,
            @Schema(description = "BCP 47 language tag; default en-US") String locale,
            @Schema(description = "Free text, at most 4000 characters") String themePrompt,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) GameSystemBody gameSystem,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "Name of the creator, who becomes the owner and a GM") String ownerName) {
    }

    /** The owner's access token is shown here once and never again: only its hash is kept. */
    @Schema(description = "The new campaign, with its owner's access token shown only here")
    public record CampaignCreatedResponse(
            @Schema(example = "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d") String campaignId,
            @Schema(description = "The creator, seated as owner and GM",
                    example = "b3e1d6f2-4c5a-4e7b-8f9d-0a1b2c3d4e5f") String ownerParticipantId,
            @Schema(description = "The owner's bearer token (`dpt_…`), shown only here",
                    example = "dpt_NB1FGHzisVoeGArPuAeOwPQlNiJ5MXLeDYM1q9d5uIk") String accessToken) {
    }

    /** At least one field; absent fields stay as they are. */
    public record UpdateCampaignRequest(String name, String locale, String themePrompt) {
    }

    /** The game-system version to play from now on. */
    public record UpgradeGameSystemRequest(
            @Schema(description = "A newer version of the campaign's game system that this service serves, "
                    + "`MAJOR.MINOR.PATCH`", example = "2.0.0") String version) {
    }

    @Schema(description = "A page of campaigns, ordered by id")
    public record CampaignPage(List<CampaignView> items,
                               @Schema(description = "The `after` of the next page; null on the last page",
                                       example = "null") String nextAfter) {
    }

    @Operation(operationId = "createCampaign", summary = "Create a campaign",
            description = "Creates a draft campaign. The creator joins it as its owner and a GM participant and is "
                    + "the actor of its creation; the answer carries the owner's access token, shown only here.")
    @SecurityRequirements
    @SendsCommand(CreateCampaign.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "daggerheart", value = """
                    {"name": "The Witherwild", "game_system": {"id": "daggerheart", "version": "1.0.0"},
                     "owner_name": "Morgan", "locale": "en-US", "theme_prompt": "A forest that remembers"}""")))
    @ApiResponse(responseCode = "201", description = "Created; Location names the campaign",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, NAME_INVALID, LOCALE_INVALID, TEXT_INVALID")
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
        gateway.send(command, CAMPAIGN_NOT_FOUND, ownerId.value());
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + campaignId))
                .body(new CampaignCreatedResponse(campaignId.value(), ownerId.value(), token));
    }

    @Operation(operationId = "getCampaign", summary = "Read a campaign",
            description = "**Who may call:** any participant of the campaign, or the admin.")
    @ApiResponse(responseCode = "200", description = "The campaign", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "CAMPAIGN_NOT_FOUND")
    @GetMapping("/{campaignId}")
    public CampaignView get(@PathVariable String campaignId) {
        return find(CampaignId.of(campaignId));
    }

    @Operation(operationId = "listCampaigns", summary = "List campaigns",
            description = "Campaigns ordered by id, paged with `after` (the last id seen) and `limit`. A participant "
                    + "token sees exactly its own campaign (never more than one, `next_after` always null); the "
                    + "admin sees every campaign. **Who may call:** any participant, or the admin.")
    @ApiResponse(responseCode = "200", description = "A page of campaigns; `next_after` is null on the last page",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_OUT_OF_RANGE, ID_INVALID, PARAMETER_INVALID")
    @GetMapping
    public CampaignPage list(@Parameter(description = "Return campaigns whose id sorts after this one")
                             @RequestParam(required = false) String after,
                             @Parameter(description = "Page size, 1-200", schema = @Schema(type = "integer",
                                     format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
                             @RequestParam(defaultValue = "50") int limit) {
        Values.range(limit, 1, MAX_PAGE, "limit");
        if (after != null) {
            // a cursor is a campaign id: anything else (a NUL PostgreSQL cannot even compare) sorts nowhere
            Values.id(after, "after");
        }
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

    @Operation(operationId = "updateCampaign", summary = "Update a campaign's name, locale or theme prompt")
    @SendsCommand(UpdateCampaign.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "rename", value = """
                    {"name": "The Witherwild, Book II", "theme_prompt": "The forest wakes"}""")))
    @ApiResponse(responseCode = "200", description = "The updated campaign", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "NAME_INVALID, LOCALE_INVALID, TEXT_INVALID")
    @PatchMapping("/{campaignId}")
    public CampaignView update(@PathVariable String campaignId, @RequestBody UpdateCampaignRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        gateway.send(new UpdateCampaign(id, optional(body.name(), v -> Name.of(v, "name")),
                optional(body.locale(), LocaleTag::of),
                optional(body.themePrompt(), v -> FreeText.of(v, "theme_prompt"))), CAMPAIGN_NOT_FOUND);
        return find(id);
    }

    @Operation(operationId = "upgradeCampaignGameSystem", summary = "Play a newer version of the game system",
            description = "A campaign keeps the game-system version it was created with: the service decides its "
                    + "commands with the newest rules of that major version for as long as it serves that major. "
                    + "After a breaking rules change (a new major version) the owner moves the campaign on with this; "
                    + "its journal stays as it was.")
    @SendsCommand(UpgradeGameSystem.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "next major", value = """
                    {"version": "2.0.0"}""")))
    @ApiResponse(responseCode = "200", description = "The campaign with its new version", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED")
    @PostMapping("/{campaignId}/game-system/upgrade")
    public CampaignView upgradeGameSystem(@PathVariable String campaignId,
                                          @RequestBody UpgradeGameSystemRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        gateway.send(new UpgradeGameSystem(id, Values.required(body.version(), "version")), CAMPAIGN_NOT_FOUND);
        return find(id);
    }

    @Operation(operationId = "endCampaign", summary = "End a campaign",
            description = "An active campaign becomes completed.")
    @SendsCommand(EndCampaign.class)
    @ApiResponse(responseCode = "200", description = "The campaign in its new status", useReturnTypeSchema = true)
    @PostMapping("/{campaignId}/end")
    public CampaignView end(@PathVariable String campaignId) {
        CampaignId id = CampaignId.of(campaignId);
        gateway.send(new EndCampaign(id), CAMPAIGN_NOT_FOUND);
        return find(id);
    }

    @Operation(operationId = "archiveCampaign", summary = "Archive a campaign",
            description = "An active or completed campaign becomes archived.")
    @SendsCommand(ArchiveCampaign.class)
    @ApiResponse(responseCode = "200", description = "The campaign in its new status", useReturnTypeSchema = true)
    @PostMapping("/{campaignId}/archive")
    public CampaignView archive(@PathVariable String campaignId) {
        CampaignId id = CampaignId.of(campaignId);
        gateway.send(new ArchiveCampaign(id), CAMPAIGN_NOT_FOUND);
        return find(id);
    }

    @Operation(operationId = "restoreCampaign", summary = "Restore an archived campaign",
            description = "An archived campaign becomes a draft again.")
    @SendsCommand(RestoreCampaign.class)
    @ApiResponse(responseCode = "200", description = "The campaign in its new status", useReturnTypeSchema = true)
    @PostMapping("/{campaignId}/restore")
    public CampaignView restore(@PathVariable String campaignId) {
        CampaignId id = CampaignId.of(campaignId);
        gateway.send(new RestoreCampaign(id), CAMPAIGN_NOT_FOUND);
        return find(id);
    }

    private CampaignView find(CampaignId id) {
        return reads.requireCampaign(id);
    }
}
