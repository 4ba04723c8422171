package dev.duality.sys.daggerheart.gm.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.value.Values;

/**
 * {@code sys.daggerheart.gm_fear.set}: the GM sets the Fear pool. {@code before} must be the current Fear (the
 * before/after rule: a stale client is refused instead of overwriting a change it has not seen) and {@code after}
 * must differ from it.
 *
 * @param reason optional machine-readable cause, e.g. {@code roll_with_fear}; recorded in the event
 */
public record SetGmFear(CampaignId campaignId, GmFear before, GmFear after, ShortCode reason)
        implements GmStateCommand {
    public SetGmFear {
        Values.required(campaignId, "campaign_id");
        Values.required(before, "before");
        Values.required(after, "after");
    }
}
