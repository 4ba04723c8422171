package dev.duality.sys.daggerheart.countdown.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.value.Values;

/**
 * {@code sys.daggerheart.countdown.trigger_resolve}: the GM has played out a countdown's trigger; its loop now applies
 * (it starts again, or stays at 0, finished). Until then the countdown does not advance.
 */
public record ResolveCountdownTrigger(CampaignId campaignId, CountdownId countdownId) implements CountdownCommand {
    public ResolveCountdownTrigger {
        Values.required(campaignId, "campaign_id");
        Values.required(countdownId, "countdown_id");
    }
}
