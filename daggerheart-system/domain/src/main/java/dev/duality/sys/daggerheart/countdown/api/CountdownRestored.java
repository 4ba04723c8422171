package dev.duality.sys.daggerheart.countdown.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.system.GmOnly;
import dev.duality.sys.daggerheart.undo.api.Undoing;
import dev.duality.sys.daggerheart.undo.api.UndoneKind;

/**
 * {@code sys.daggerheart.countdown_restored}: an undo put a countdown back from {@code remainingBefore} to
 * {@code remaining}, with its trigger pending or not, as before the decision it names. Players see it when they may
 * see the countdown.
 */
public record CountdownRestored(CampaignId campaignId, CountdownId countdownId, UndoneKind undone,
                                String undoneCorrelationId, int remainingBefore, int remaining,
                                boolean triggerPending, boolean visibleToPlayers) implements GmOnly, Undoing {
}
