package dev.duality.sys.daggerheart.countdown.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.undo.api.UndoneKind;

/**
 * {@code sys.daggerheart.countdown.restore} (nested only): a step of {@code decision.undo}: a countdown the undone
 * decision advanced goes back to what remained and whether its trigger was pending.
 */
public record RestoreCountdown(CampaignId campaignId, CountdownId countdownId, UndoneKind undone,
                               String undoneCorrelationId, int remaining, boolean triggerPending)
        implements CountdownCommand {
    public RestoreCountdown {
        Values.required(campaignId, "campaign_id");
        Values.required(countdownId, "countdown_id");
        Values.required(undone, "undone");
        Values.required(undoneCorrelationId, "undone_correlation_id");
    }
}
