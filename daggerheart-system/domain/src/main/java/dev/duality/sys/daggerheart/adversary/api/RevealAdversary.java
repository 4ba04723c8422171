package dev.duality.sys.daggerheart.adversary.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.value.Values;

/** {@code sys.daggerheart.adversary.reveal}: the GM shows the table an adversary's stat block, from now on. */
public record RevealAdversary(CampaignId campaignId, SessionId sessionId, AdversaryId adversaryId)
        implements AdversaryCommand {
    public RevealAdversary {
        Values.required(campaignId, "campaign_id");
        Values.required(sessionId, "session_id");
        Values.required(adversaryId, "adversary_id");
    }
}
