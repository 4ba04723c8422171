package dev.duality.sys.daggerheart.countdown.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.rules.CountdownLoop;
import dev.duality.sys.daggerheart.rules.CountdownPolicy;
import dev.duality.sys.daggerheart.rules.CountdownTone;
import dev.duality.sys.daggerheart.rules.Countdowns;

/**
 * {@code sys.daggerheart.countdown.create}: the GM sets up a countdown in the campaign, in play or while preparing
 * between sessions.
 *
 * @param startingValue    1..100 ("Countdown (n)")
 * @param remaining        where it starts counting, 1..{@code startingValue} (usually the starting value)
 * @param visibleToPlayers whether players may read it; hidden countdowns are the GM's alone
 */
public record CreateCountdown(CampaignId campaignId, CountdownId countdownId, Name name, CountdownTone tone,
                              CountdownPolicy policy, int startingValue, int remaining, CountdownLoop loop,
                              boolean visibleToPlayers) implements CountdownCommand {
    public CreateCountdown {
        Values.required(campaignId, "campaign_id");
        Values.required(countdownId, "countdown_id");
        Values.required(name, "name");
        Values.required(tone, "tone");
        Values.required(policy, "policy");
        Values.required(loop, "loop");
        Countdowns.requireStartingValue(startingValue, "starting_value");
        Countdowns.requireWithin(remaining, Countdowns.MIN_STARTING_VALUE, startingValue, "remaining");
    }
}
