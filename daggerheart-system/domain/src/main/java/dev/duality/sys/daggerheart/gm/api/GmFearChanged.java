package dev.duality.sys.daggerheart.gm.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.ShortCode;

/**
 * {@code sys.daggerheart.gm_fear_changed}: the GM's Fear went from {@code before} to {@code after}. Both numbers are
 * recorded as decided; folding only copies {@code after}. Emitted by the first-session seed (the event that creates
 * the GM state, with reason {@link #FIRST_SESSION_SEED} and before 0) and by every later change.
 *
 * @param reason    the machine-readable cause, or null when the GM gave none
 * @param lostToCap Fear a gain would have added past 12, lost (the gain's cause still happened)
 * @param rollSeq   the roll whose outcome changed it, if any
 */
public record GmFearChanged(CampaignId campaignId, int before, int after, ShortCode reason, int lostToCap,
                            Long rollSeq) {
    /** The reason recorded by the first session's seed. */
    public static final ShortCode FIRST_SESSION_SEED = ShortCode.of("first_session_seed", "reason");
}
