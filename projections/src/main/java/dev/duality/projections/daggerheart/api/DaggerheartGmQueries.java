package dev.duality.projections.daggerheart.api;

/** Queries answered from the Daggerheart GM state read model. */
public final class DaggerheartGmQueries {
    private DaggerheartGmQueries() {
    }

    /** A campaign's Daggerheart GM state; answers an empty Optional until its first session has seeded GM Fear. */
    public record FindGmState(String campaignId) {
    }
}
