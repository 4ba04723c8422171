package dev.duality.sys.daggerheart.adversary.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.value.Values;

/** {@code sys.daggerheart.adversary.delete}: the GM takes an adversary off the table; it takes no more commands. */
public record DeleteAdversary(CampaignId campaignId, SessionId sessionId, AdversaryId adversaryId)
        implements AdversaryCommand {
    public DeleteAdversary {
        Values.required(campaignId, "campaign_id");
        Values.required(sessionId, "session_id");
        Values.required(adversaryId, "adversary_id");
    }
}
