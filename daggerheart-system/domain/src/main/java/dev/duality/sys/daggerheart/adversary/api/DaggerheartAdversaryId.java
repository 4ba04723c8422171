package dev.duality.sys.daggerheart.adversary.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.value.Values;

/**
 * The aggregate id of an adversary: {@code daggerheart:adversary:<campaign id>:<adversary id>}. Adversary ids are
 * unique per campaign only, so the campaign is part of the id; the {@code daggerheart:} prefix keeps it apart from
 * core ids, which never contain a {@code :}. The only place that builds it.
 */
public record DaggerheartAdversaryId(CampaignId campaignId, AdversaryId adversaryId) {
    public static final String PREFIX = "daggerheart:adversary:";

    public DaggerheartAdversaryId {
        Values.required(campaignId, "campaign_id");
        Values.required(adversaryId, "adversary_id");
    }

    public static DaggerheartAdversaryId of(CampaignId campaignId, AdversaryId adversaryId) {
        return new DaggerheartAdversaryId(campaignId, adversaryId);
    }

    /** The id as stored in the journal's {@code aggregate_identifier}; Axon takes it from {@code toString()}. */
    public String value() {
        return PREFIX + campaignId.value() + ":" + adversaryId.value();
    }

    @Override
    public String toString() {
        return value();
    }
}
