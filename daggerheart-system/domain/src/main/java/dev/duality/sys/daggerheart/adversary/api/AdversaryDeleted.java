package dev.duality.sys.daggerheart.adversary.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.session.api.SessionId;

/** {@code sys.daggerheart.adversary_deleted}: the adversary left the table. */
public record AdversaryDeleted(CampaignId campaignId, SessionId sessionId, AdversaryId adversaryId) {
}
