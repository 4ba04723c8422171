package dev.duality.sys.daggerheart.countdown.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.system.GmOnly;

/**
 * {@code sys.daggerheart.countdown_advanced}: a countdown went from {@code remainingBefore} to {@code remainingAfter}
 * ({@code advancedBy} apart: an advance past 0 stops there); {@code triggered} when it reached 0, which leaves its
 * trigger pending.
 *
 * @param reason  why: {@link #ACTION_ROLL} for a roll's outcome, the GM's or a rest's code otherwise, or null
 * @param rollSeq the roll whose outcome advanced it, if any
 */
public record CountdownAdvanced(CampaignId campaignId, CountdownId countdownId, int remainingBefore,
                               int remainingAfter, int advancedBy, boolean triggered, ShortCode reason,
                               Long rollSeq, boolean visibleToPlayers) implements GmOnly {
    /** The reason recorded when an action roll's outcome advances a countdown. */
    public static final ShortCode ACTION_ROLL = ShortCode.of("action_roll", "reason");
}
