package dev.duality.sys.daggerheart.adversary.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.system.GmOnly;
import dev.duality.sys.daggerheart.rules.AdversaryStatBlock;

/**
 * {@code sys.daggerheart.adversary_updated}: an adversary after a GM's change: its whole stat block and its marks.
 *
 * The stat block is the GM's: players see only the marks.
 *
 * @param defeated every HP is marked
 */
public record AdversaryUpdated(CampaignId campaignId, SessionId sessionId, AdversaryId adversaryId,
                               AdversaryStatBlock statBlock, int hpMarked, int stressMarked, boolean defeated)
        implements GmOnly {
    @Override
    public Marks forPlayers() {
        return new Marks(sessionId, adversaryId, hpMarked, stressMarked, defeated);
    }

    /** What the table sees of a GM's change to an adversary. */
    public record Marks(SessionId sessionId, AdversaryId adversaryId, int hpMarked, int stressMarked,
                        boolean defeated) {
    }
}
