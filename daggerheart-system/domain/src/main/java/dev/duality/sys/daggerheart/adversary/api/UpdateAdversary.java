package dev.duality.sys.daggerheart.adversary.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.rules.AdversaryStatBlock;

/**
 * {@code sys.daggerheart.adversary.update}: the GM changes an adversary: a new stat block (a correction, an adjusted
 * tier) and/or its HP and Stress marked. Values under {@code before} must be the current ones, so a stale client is
 * refused instead of overwriting a change it has not seen; a change that changes nothing is refused. Marks above a
 * new stat block's slots are cut to them unless set.
 *
 * @param statBlock    the whole new stat block, or null to keep it
 * @param hpMarked     HP marked after, or null to keep it
 * @param stressMarked Stress marked after, or null to keep it
 * @param before       the values the client last saw, or null
 */
public record UpdateAdversary(CampaignId campaignId, SessionId sessionId, AdversaryId adversaryId,
                              AdversaryStatBlock statBlock, Integer hpMarked, Integer stressMarked, Before before)
        implements AdversaryCommand {

    /** What the client last saw; each value is optional. */
    public record Before(Integer hpMarked, Integer stressMarked) {
    }

    public UpdateAdversary {
        Values.required(campaignId, "campaign_id");
        Values.required(sessionId, "session_id");
        Values.required(adversaryId, "adversary_id");
    }
}
