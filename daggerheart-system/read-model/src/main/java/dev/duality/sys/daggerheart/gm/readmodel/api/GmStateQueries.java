package dev.duality.sys.daggerheart.gm.readmodel.api;

/** Queries answered from the Daggerheart GM state read model. */
public final class GmStateQueries {
    private GmStateQueries() {
    }

    /** A campaign's GM Fear; answers an empty Optional until its first session has seeded it. */
    public record FindGmState(String campaignId) {
    }

    /** A campaign's optional rules; the defaults (all off) when none were chosen. */
    public record FindCampaignSettings(String campaignId) {
    }
}
