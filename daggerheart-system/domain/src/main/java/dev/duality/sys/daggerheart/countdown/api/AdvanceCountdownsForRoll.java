package dev.duality.sys.daggerheart.countdown.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.rules.DualityResult;

/**
 * {@code sys.daggerheart.countdown.roll_advance}: an action roll's outcome advances the campaign's standard countdowns
 * by 1 and its dynamic ones by the dynamic table. Sent only inside {@code sys.daggerheart.roll_outcome.apply}, which
 * applies an outcome exactly once, so each roll advances them exactly once.
 */
public record AdvanceCountdownsForRoll(CampaignId campaignId, long rollSeq, DualityResult result)
        implements CountdownCommand {
    public AdvanceCountdownsForRoll {
        Values.required(campaignId, "campaign_id");
        Values.required(result, "result");
    }
}
