package dev.duality.sys.daggerheart.countdown.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.value.Values;

/**
 * The aggregate id of a campaign's countdowns: {@code daggerheart:countdowns:<campaign id>}. The {@code daggerheart:}
 * prefix keeps it apart from core ids, which can never contain a {@code :}. The only place that builds it.
 */
public record CountdownBoardId(CampaignId campaignId) {
    public static final String PREFIX = "daggerheart:countdowns:";

    public CountdownBoardId {
        Values.required(campaignId, "campaign_id");
    }

    public static CountdownBoardId of(CampaignId campaignId) {
        return new CountdownBoardId(campaignId);
    }

    /** The id as stored in the journal's {@code aggregate_identifier}; Axon takes it from {@code toString()}. */
    public String value() {
        return PREFIX + campaignId.value();
    }

    @Override
    public String toString() {
        return value();
    }
}
