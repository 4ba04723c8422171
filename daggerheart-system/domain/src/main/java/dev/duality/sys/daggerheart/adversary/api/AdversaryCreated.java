package dev.duality.sys.daggerheart.adversary.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.session.api.SessionId;
import dev.duality.sys.daggerheart.rules.AdversaryStatBlock;

/** {@code sys.daggerheart.adversary_created}: an adversary entered the session with its stat block, nothing marked. */
public record AdversaryCreated(CampaignId campaignId, SessionId sessionId, AdversaryId adversaryId,
                               AdversaryStatBlock statBlock) {
}
