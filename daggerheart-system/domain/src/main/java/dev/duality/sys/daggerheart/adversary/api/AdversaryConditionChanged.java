package dev.duality.sys.daggerheart.adversary.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.session.api.SessionId;
import dev.duality.sys.daggerheart.rules.ConditionSet;

/** {@code sys.daggerheart.adversary_condition_changed}: an adversary's conditions after a change, and the difference. */
public record AdversaryConditionChanged(CampaignId campaignId, SessionId sessionId, AdversaryId adversaryId,
                                        ConditionSet conditions, ConditionSet added, ConditionSet removed,
                                        ShortCode source) {
}
