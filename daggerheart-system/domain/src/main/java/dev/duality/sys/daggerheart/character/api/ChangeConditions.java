package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.rules.Condition;
import dev.duality.sys.daggerheart.rules.ConditionSet;

import java.util.List;

/**
 * {@code sys.daggerheart.condition.change}: a character's conditions become {@code conditions}. When the client also
 * says what it adds and removes, those must be exactly the difference, so a client can't misstate the change. A
 * change that changes nothing is refused.
 *
 * @param added   optional: the conditions the change adds
 * @param removed optional: the conditions the change removes
 */
public record ChangeConditions(CampaignId campaignId, CharacterId characterId, ConditionSet conditions,
                               List<Condition> added, List<Condition> removed, ShortCode source)
        implements CharacterCommand {
    public ChangeConditions {
        Values.required(campaignId, "campaign_id");
        Values.required(characterId, "character_id");
        Values.required(conditions, "conditions");
    }
}
