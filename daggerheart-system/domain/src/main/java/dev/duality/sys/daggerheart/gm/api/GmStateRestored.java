package dev.duality.sys.daggerheart.gm.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.sys.daggerheart.undo.api.Undoing;
import dev.duality.sys.daggerheart.undo.api.UndoneKind;

/**
 * {@code sys.daggerheart.gm_state_restored}: an undo put the GM's Fear (and the run of short rests) back as they were
 * before the decision it names.
 *
 * @param gmFearBefore the Fear the undo found, for the timeline
 */
public record GmStateRestored(CampaignId campaignId, UndoneKind undone, String undoneCorrelationId, int gmFearBefore,
                              int gmFear,
                              // snake_case alone would write short_rests_in_arow
                              @JsonProperty("short_rests_in_a_row") int shortRestsInARow) implements Undoing {
}
