package dev.duality.sys.fable;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.FreeText;
import dev.duality.web.CampaignGuard;
import dev.duality.web.Gateway;
import dev.duality.web.SendsCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_NOT_FOUND;

/** Fable's endpoint, built from the web support alone, as any game system's. */
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/fable/tales")
public class TaleController {
    private final Gateway gateway;
    private final CampaignGuard guard;

    public TaleController(Gateway gateway, CampaignGuard guard) {
        this.gateway = gateway;
        this.guard = guard;
    }

    public record TellRequest(String line) {
    }

    public record TaleList(List<TaleProjection.TaleView> items) {
    }

    @SendsCommand(TellTale.class)
    @PostMapping
    public ResponseEntity<TaleList> tell(@PathVariable String campaignId, @RequestBody TellRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        FreeText line = FreeText.of(body.line(), "line");
        // as every game system's write: a campaign that plays another system never gets the command
        guard.requirePlays(id, FableModule.SYSTEM_ID);
        gateway.send(new TellTale(id, line), CAMPAIGN_NOT_FOUND);
        return ResponseEntity.status(201).body(list(campaignId));
    }

    @GetMapping
    public TaleList list(@PathVariable String campaignId) {
        guard.requirePlays(CampaignId.of(campaignId), FableModule.SYSTEM_ID);
        return new TaleList(gateway.list(new TaleProjection.ListTales(campaignId), TaleProjection.TaleView.class));
    }
}
