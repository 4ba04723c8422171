package dev.duality.sys.daggerheart.countdown.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.system.GmOnly;
import dev.duality.sys.daggerheart.rules.CountdownLoop;

/**
 * {@code sys.daggerheart.countdown_trigger_resolved}: a countdown's trigger was played out and its loop applied: it
 * starts again at {@code remaining} from {@code startingValue} (changed from {@code startingValueBefore} for an
 * increasing or decreasing countdown), or, without a loop, stays at 0 and is {@code finished}.
 */
public record CountdownTriggerResolved(CampaignId campaignId, CountdownId countdownId, CountdownLoop loop,
                                       int startingValueBefore, int startingValue, int remaining,
                                       boolean finished, boolean visibleToPlayers) implements GmOnly {
}
