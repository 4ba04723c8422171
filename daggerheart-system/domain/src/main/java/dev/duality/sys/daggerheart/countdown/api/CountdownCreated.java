package dev.duality.sys.daggerheart.countdown.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.system.GmOnly;
import dev.duality.sys.daggerheart.rules.CountdownLoop;
import dev.duality.sys.daggerheart.rules.CountdownPolicy;
import dev.duality.sys.daggerheart.rules.CountdownTone;

/** {@code sys.daggerheart.countdown_created}: a countdown as the GM set it up, counting from {@code remaining}. */
public record CountdownCreated(CampaignId campaignId, CountdownId countdownId, Name name, CountdownTone tone,
                               CountdownPolicy policy, int startingValue, int remaining, CountdownLoop loop,
                               boolean visibleToPlayers) implements GmOnly {
}
