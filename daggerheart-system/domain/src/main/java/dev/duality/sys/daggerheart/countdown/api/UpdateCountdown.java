package dev.duality.sys.daggerheart.countdown.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.value.Values;

/**
 * {@code sys.daggerheart.countdown.update}: the GM renames a countdown or shows it to the players (or hides it again).
 * Each part is optional (null: unchanged); an update that changes nothing is refused.
 */
public record UpdateCountdown(CampaignId campaignId, CountdownId countdownId, Name name, Boolean visibleToPlayers)
        implements CountdownCommand {
    public UpdateCountdown {
        Values.required(campaignId, "campaign_id");
        Values.required(countdownId, "countdown_id");
    }
}
