package dev.duality.sys.daggerheart.adversary.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.rules.Condition;
import dev.duality.sys.daggerheart.rules.ConditionSet;

import java.util.List;

/**
 * {@code sys.daggerheart.adversary_condition.change}: an adversary's conditions become {@code conditions}, by the same
 * rules as a character's: stated additions and removals must be exactly the difference, and a change must change
 * something.
 *
 * @param added   optional: the conditions the change adds
 * @param removed optional: the conditions the change removes
 */
public record ChangeAdversaryConditions(CampaignId campaignId, SessionId sessionId, AdversaryId adversaryId,
                                        ConditionSet conditions, List<Condition> added, List<Condition> removed,
                                        ShortCode source) implements AdversaryCommand {
    public ChangeAdversaryConditions {
        Values.required(campaignId, "campaign_id");
        Values.required(sessionId, "session_id");
        Values.required(adversaryId, "adversary_id");
        Values.required(conditions, "conditions");
    }
}
