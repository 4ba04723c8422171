package dev.duality.sys.daggerheart.gm.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.value.Values;

/**
 * {@code sys.daggerheart.gm_fear.spend}: the GM spends Fear (seizing the spotlight, an extra move, a Fear feature, an
 * adversary's Experience). Spending more than the pool holds is refused.
 *
 * @param amount 1..12
 * @param reason e.g. {@code interrupt}
 */
public record SpendGmFear(CampaignId campaignId, int amount, ShortCode reason) implements GmStateCommand {
    public SpendGmFear {
        Values.required(campaignId, "campaign_id");
        Values.range(amount, 1, 12, "amount");
    }
}
