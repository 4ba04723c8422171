package dev.duality.sys.daggerheart.countdown.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.value.Values;

/** {@code sys.daggerheart.countdown.delete}: the GM removes a countdown, whatever state it is in. */
public record DeleteCountdown(CampaignId campaignId, CountdownId countdownId) implements CountdownCommand {
    public DeleteCountdown {
        Values.required(campaignId, "campaign_id");
        Values.required(countdownId, "countdown_id");
    }
}
