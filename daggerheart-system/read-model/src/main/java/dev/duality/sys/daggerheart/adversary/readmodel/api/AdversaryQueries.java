package dev.duality.sys.daggerheart.adversary.readmodel.api;

/** Queries answered from the Daggerheart adversary read model. */
public final class AdversaryQueries {
    private AdversaryQueries() {
    }

    /** The adversaries on the table in one session, in the order they entered it. */
    public record ListAdversaries(String campaignId, String sessionId) {
    }

    /** One adversary of a campaign; answers an empty Optional when there is none (or it was deleted). */
    public record FindAdversary(String campaignId, String adversaryId) {
    }

    /** One adversary's attack rolls, in roll order, each with what it did to every target. */
    public record ListAdversaryAttacks(String campaignId, String adversaryId) {
    }
}
