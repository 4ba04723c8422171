package dev.duality.sys.daggerheart.gm.readmodel.api;

/** Queries answered from the Daggerheart GM state read model. */
public final class GmStateQueries {
    private GmStateQueries() {
    }

    /** A campaign's Daggerheart GM state; answers an empty Optional until its first session has seeded GM Fear. */
    public record FindGmState(String campaignId) {
    }
}
