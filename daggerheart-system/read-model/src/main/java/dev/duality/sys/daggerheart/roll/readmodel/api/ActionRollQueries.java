package dev.duality.sys.daggerheart.roll.readmodel.api;

/** Queries answered from the Daggerheart action roll read model. */
public final class ActionRollQueries {
    private ActionRollQueries() {
    }

    /** One roll of a campaign; answers an empty Optional when it is no Duality roll. */
    public record FindActionRoll(String campaignId, long rollSeq) {
    }

    /** The Duality rolls of one session, in order. */
    public record ListActionRolls(String campaignId, String sessionId) {
    }
}
