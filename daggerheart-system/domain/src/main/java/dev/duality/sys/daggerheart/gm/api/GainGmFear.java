package dev.duality.sys.daggerheart.gm.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.value.Values;

/**
 * {@code sys.daggerheart.gm_fear.gain}: the GM gains Fear. The pool holds at most 12: by default a gain past 12 is
 * refused ({@code DAGGERHEART_GM_FEAR_OUT_OF_RANGE}); with {@code capped} the excess is lost and recorded, which is
 * what the rules do when a roll, a rest or a feature gives Fear.
 *
 * @param amount  1..12
 * @param capped  keep what fits and lose the rest instead of refusing
 * @param rollSeq the roll whose outcome gives the Fear, if any
 */
public record GainGmFear(CampaignId campaignId, int amount, boolean capped, ShortCode reason, Long rollSeq)
        implements GmStateCommand {
    public GainGmFear {
        Values.required(campaignId, "campaign_id");
        Values.range(amount, 1, 12, "amount");
    }
}
