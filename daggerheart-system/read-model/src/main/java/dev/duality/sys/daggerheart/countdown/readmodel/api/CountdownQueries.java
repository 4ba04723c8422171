package dev.duality.sys.daggerheart.countdown.readmodel.api;

/** Queries answered from the Daggerheart countdown read model. */
public final class CountdownQueries {
    private CountdownQueries() {
    }

    /** Every countdown of a campaign, hidden ones included, in the order they were created. */
    public record ListCountdowns(String campaignId) {
    }

    /** One countdown of a campaign, hidden or not; an empty Optional when the campaign has none with this id. */
    public record FindCountdown(String campaignId, String countdownId) {
    }
}
