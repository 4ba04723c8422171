package dev.duality.sys.daggerheart.adversary.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.session.api.SessionId;
import dev.duality.sys.daggerheart.rules.AdversaryStatBlock;

/**
 * {@code sys.daggerheart.adversary_revealed}: the GM showed the table the adversary's stat block; players read it from
 * now on, and this event, with the stat block, is in everyone's timeline.
 */
public record AdversaryRevealed(CampaignId campaignId, SessionId sessionId, AdversaryId adversaryId,
                                AdversaryStatBlock statBlock) {
}
