package dev.duality.sys.daggerheart.gm.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.value.Values;

/**
 * The aggregate id of a campaign's Daggerheart GM state: {@code daggerheart:gm:<campaign id>}. Every aggregate shares
 * one journal keyed by aggregate id, and the campaign aggregate already uses the bare campaign id, so the GM state
 * carries the system's prefix (a core id can never contain a {@code :}). This is the only place that builds the id;
 * commands, the aggregate and lookups use it.
 */
public record GmStateId(CampaignId campaignId) {
    public static final String PREFIX = "daggerheart:gm:";

    public GmStateId {
        Values.required(campaignId, "campaign_id");
    }

    public static GmStateId of(CampaignId campaignId) {
        return new GmStateId(campaignId);
    }

    /** The id as stored in the journal's {@code aggregate_identifier}. */
    public String value() {
        return PREFIX + campaignId.value();
    }

    /** Axon takes an aggregate's identifier as its {@code toString()}. */
    @Override
    public String toString() {
        return value();
    }
}
