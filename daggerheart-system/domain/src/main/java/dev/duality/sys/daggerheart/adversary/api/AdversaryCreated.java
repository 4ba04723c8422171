package dev.duality.sys.daggerheart.adversary.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.system.GmOnly;
import dev.duality.sys.daggerheart.rules.AdversaryStatBlock;

/**
 * {@code sys.daggerheart.adversary_created}: an adversary entered the session with its stat block, nothing marked. The
 * stat block is the GM's: the timeline shows the event to GMs only (players see the adversary in the session's list).
 */
public record AdversaryCreated(CampaignId campaignId, SessionId sessionId, AdversaryId adversaryId,
                               AdversaryStatBlock statBlock) implements GmOnly {
}
