package dev.duality.sys.daggerheart.countdown.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.system.GmOnly;

/** {@code sys.daggerheart.countdown_deleted}: the countdown is gone; its id may be used again. */
public record CountdownDeleted(CampaignId campaignId, CountdownId countdownId, boolean visibleToPlayers)
        implements GmOnly {
}
