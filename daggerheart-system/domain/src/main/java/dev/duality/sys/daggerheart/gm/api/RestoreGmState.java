package dev.duality.sys.daggerheart.gm.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.undo.api.UndoneKind;

/**
 * {@code sys.daggerheart.gm_state.restore} (nested only): a step of {@code decision.undo}: the GM's Fear and the run
 * of short rests go back to what they were before the decision it undoes.
 */
public record RestoreGmState(CampaignId campaignId, UndoneKind undone, String undoneCorrelationId, int gmFear,
                             int shortRestsInARow) implements GmStateCommand {
    public RestoreGmState {
        Values.required(campaignId, "campaign_id");
        Values.required(undone, "undone");
        Values.required(undoneCorrelationId, "undone_correlation_id");
    }
}
