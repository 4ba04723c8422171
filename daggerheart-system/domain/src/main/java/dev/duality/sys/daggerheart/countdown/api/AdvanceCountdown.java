package dev.duality.sys.daggerheart.countdown.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.rules.Countdowns;

/**
 * {@code sys.daggerheart.countdown.advance}: a countdown advances by {@code amount}, stopping at 0, where it triggers.
 * The GM sends it for a manual tick (a feature's own trigger, a GM move); rests send it nested for the long-term
 * countdown the GM picks ({@code amount} 1, reason {@code long_rest}).
 *
 * @param amount 1..100
 * @param before the remaining value the client last saw (compare-and-set), or null to advance whatever it is
 * @param reason why it advanced, e.g. {@code long_rest}; recorded in the event
 */
public record AdvanceCountdown(CampaignId campaignId, CountdownId countdownId, int amount, Integer before,
                               ShortCode reason) implements CountdownCommand {
    /** The reason a long rest records when it advances the long-term countdown the GM picks (by 1). */
    public static final ShortCode LONG_REST = ShortCode.of("long_rest", "reason");

    public AdvanceCountdown {
        Values.required(campaignId, "campaign_id");
        Values.required(countdownId, "countdown_id");
        Countdowns.requireWithin(amount, 1, Countdowns.MAX_STARTING_VALUE, "amount");
        if (before != null) {
            Countdowns.requireWithin(before, 0, Countdowns.MAX_STARTING_VALUE, "before");
        }
    }
}
