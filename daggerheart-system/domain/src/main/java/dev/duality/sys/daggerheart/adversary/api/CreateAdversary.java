package dev.duality.sys.daggerheart.adversary.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.rules.AdversaryStatBlock;

/**
 * {@code sys.daggerheart.adversary.create}: the GM puts an adversary on the table in the active session, from its
 * stat block, with nothing marked.
 */
public record CreateAdversary(CampaignId campaignId, SessionId sessionId, AdversaryId adversaryId,
                              AdversaryStatBlock statBlock) implements AdversaryCommand {
    public CreateAdversary {
        Values.required(campaignId, "campaign_id");
        Values.required(sessionId, "session_id");
        Values.required(adversaryId, "adversary_id");
        Values.required(statBlock, "stat_block");
    }
}
