package dev.duality.app.daggerheart;

import dev.duality.app.web.ApiRejection;
import dev.duality.app.web.Gateway;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.envelope.Envelope;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;
import dev.duality.projections.campaign.api.CampaignQueries.FindCampaign;
import dev.duality.projections.campaign.api.CampaignView;
import dev.duality.projections.daggerheart.api.DaggerheartGmQueries.FindGmState;
import dev.duality.projections.daggerheart.api.GmStateView;
import dev.duality.sys.daggerheart.DaggerheartModule;
import dev.duality.sys.daggerheart.gm.api.GmFear;
import dev.duality.sys.daggerheart.gm.api.SetGmFear;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.GM_STATE_NOT_FOUND;

/**
 * The GM's Fear in a Daggerheart campaign. It exists once the campaign's first session has seeded it (1 per PC, at
 * most 12); until then both reading and setting it answer {@code GM_STATE_NOT_FOUND}.
 */
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/daggerheart/gm-fear")
public class DaggerheartGmController {
    private final Gateway gateway;

    public DaggerheartGmController(Gateway gateway) {
        this.gateway = gateway;
    }

    /**
     * Body of a Fear change: {@code before} is the value the client last saw (a stale one is refused with
     * {@code GM_FEAR_BEFORE_MISMATCH}), {@code after} the new value (0..12), {@code reason} an optional lowercase code.
     */
    public record SetGmFearRequest(Integer before, Integer after, String reason) {
    }

    @GetMapping
    public GmStateView get(@PathVariable String campaignId) {
        CampaignId id = CampaignId.of(campaignId);
        daggerheartCampaign(id);
        return find(id);
    }

    @PutMapping
    public GmStateView set(@PathVariable String campaignId, @RequestBody SetGmFearRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        GmFear before = GmFear.of(Values.required(body.before(), "before"), "before");
        GmFear after = GmFear.of(Values.required(body.after(), "after"), "after");
        ShortCode reason = body.reason() == null ? null : ShortCode.of(body.reason(), "reason");
        CampaignView campaign = daggerheartCampaign(id);
        // system commands carry the system id and the version the campaign was created with; no GM state yet is
        // the aggregate's not-found, answered as GM_STATE_NOT_FOUND
        gateway.send(new SetGmFear(id, before, after, reason), GM_STATE_NOT_FOUND,
                Map.of(Envelope.SYSTEM_ID, campaign.gameSystem().id(),
                        Envelope.SYSTEM_VERSION, campaign.gameSystem().version()), null);
        return find(id);
    }

    /** The campaign, refused unless it exists and plays Daggerheart. */
    private CampaignView daggerheartCampaign(CampaignId id) {
        CampaignView campaign = gateway.require(new FindCampaign(id.value()), CampaignView.class, CAMPAIGN_NOT_FOUND,
                "campaign " + id);
        Rejected.unless(DaggerheartModule.SYSTEM_ID.equals(campaign.gameSystem().id()),
                ApiRejection.CAMPAIGN_SYSTEM_MISMATCH, "campaign " + id + " plays " + campaign.gameSystem().id());
        return campaign;
    }

    private GmStateView find(CampaignId id) {
        return gateway.require(new FindGmState(id.value()), GmStateView.class, GM_STATE_NOT_FOUND,
                "the Daggerheart GM state of campaign " + id);
    }
}
