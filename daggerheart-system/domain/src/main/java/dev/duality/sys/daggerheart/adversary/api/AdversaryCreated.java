package dev.duality.sys.daggerheart.adversary.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.system.GmOnly;
import dev.duality.sys.daggerheart.rules.AdversaryStatBlock;
import dev.duality.sys.daggerheart.rules.AdversaryType;

/**
 * {@code sys.daggerheart.adversary_created}: an adversary entered the session with its stat block, nothing marked. The
 * stat block is the GM's: players see only that it entered, with what the session's list shows them.
 */
public record AdversaryCreated(CampaignId campaignId, SessionId sessionId, AdversaryId adversaryId,
                               AdversaryStatBlock statBlock) implements GmOnly {
    @Override
    public Entered forPlayers() {
        return new Entered(sessionId, adversaryId, statBlock.name(), statBlock.type(), statBlock.tier());
    }

    /** What the table sees of an adversary entering. */
    public record Entered(SessionId sessionId, AdversaryId adversaryId, String name, AdversaryType type, int tier) {
    }
}
