package dev.duality.sys.daggerheart.gm.web;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.DaggerheartModule;
import dev.duality.sys.daggerheart.gm.api.UpdateCampaignSettings;
import dev.duality.sys.daggerheart.gm.readmodel.api.CampaignSettingsView;
import dev.duality.sys.daggerheart.gm.readmodel.api.GmStateQueries.FindCampaignSettings;
import dev.duality.web.CampaignGuard;
import dev.duality.web.Gateway;
import dev.duality.web.SendsCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_NOT_FOUND;

/** A Daggerheart campaign's optional rules. */
@Tag(name = "Daggerheart")
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/daggerheart/settings")
public class SettingsController {
    private final Gateway gateway;
    private final CampaignGuard guard;

    public SettingsController(Gateway gateway, CampaignGuard guard) {
        this.gateway = gateway;
        this.guard = guard;
    }

    public record SettingsRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                          description = "Damage of 2 × Severe or more marks 4 HP")
                                  Boolean massiveDamage) {
    }

    @Operation(operationId = "getDaggerheartSettings", summary = "Read the campaign's optional rules",
            description = "**Who may call:** any participant of the campaign, or the admin.")
    @ApiResponse(responseCode = "200", description = "The settings (all off until chosen)", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "CAMPAIGN_NOT_FOUND")
    @ApiResponse(responseCode = "422", description = "CAMPAIGN_SYSTEM_MISMATCH")
    @GetMapping
    public CampaignSettingsView get(@PathVariable String campaignId) {
        CampaignId id = CampaignId.of(campaignId);
        guard.requirePlays(id, DaggerheartModule.SYSTEM_ID);
        return gateway.require(new FindCampaignSettings(id.value()), CampaignSettingsView.class, CAMPAIGN_NOT_FOUND,
                "campaign " + id);
    }

    @Operation(operationId = "updateDaggerheartSettings", summary = "Choose the campaign's optional rules",
            description = "The SRD's optional massive damage rule. Between sessions only.")
    @SendsCommand(UpdateCampaignSettings.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "massive", value = """
                    {"massive_damage": true}""")))
    @ApiResponse(responseCode = "200", description = "The settings after the change", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED")
    @PutMapping
    public CampaignSettingsView update(@PathVariable String campaignId, @RequestBody SettingsRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        gateway.send(new UpdateCampaignSettings(id, Values.required(body.massiveDamage(), "massive_damage")),
                CAMPAIGN_NOT_FOUND);
        return gateway.require(new FindCampaignSettings(id.value()), CampaignSettingsView.class, CAMPAIGN_NOT_FOUND,
                "campaign " + id);
    }
}
