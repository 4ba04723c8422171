package dev.duality.sys.daggerheart.countdown.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.system.GmOnly;

/** {@code sys.daggerheart.countdown_updated}: a countdown's name and visibility as they now are. */
public record CountdownUpdated(CampaignId campaignId, CountdownId countdownId, Name name, boolean visibleToPlayers)
        implements GmOnly {
}
