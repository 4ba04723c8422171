package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.ValueRejection;
import dev.duality.core.value.Values;
import dev.duality.core.value.Wire;
import dev.duality.sys.daggerheart.rules.Condition;
import dev.duality.sys.daggerheart.rules.ConditionSet;
import dev.duality.sys.daggerheart.rules.EffectDuration;

import java.util.List;
import java.util.Map;

/**
 * {@code sys.daggerheart.condition.change}: a character's conditions become {@code conditions}. When the client also
 * says what it adds and removes, those must be exactly the difference, so a client can't misstate the change. A
 * change that changes nothing is refused.
 *
 * @param added   optional: the conditions the change adds
 * @param removed optional: the conditions the change removes
 * @param lasting optional: how long conditions of the set last (until a rest, a long rest, the session's or the
 *                scene's end, which then removes them); a condition not named keeps what it had, one added without a
 *                duration lasts until removed
 */
public record ChangeConditions(CampaignId campaignId, CharacterId characterId, ConditionSet conditions,
                               List<Condition> added, List<Condition> removed, Map<Condition, EffectDuration> lasting,
                               ShortCode source) implements CharacterCommand {
    public ChangeConditions {
        Values.required(campaignId, "campaign_id");
        Values.required(characterId, "character_id");
        Values.required(conditions, "conditions");
        // checked before the copy: Map.copyOf refuses a null value (JSON {"hidden": null}) with no field named
        Map<Condition, EffectDuration> given = lasting == null ? Map.of() : lasting;
        for (Map.Entry<Condition, EffectDuration> entry : given.entrySet()) {
            String field = "lasting." + Wire.name(Values.required(entry.getKey(), "lasting"));
            Values.required(entry.getValue(), field);
            Rejected.unless(conditions.contains(entry.getKey()), ValueRejection.VALUE_OUT_OF_RANGE, field,
                    "a duration for " + Wire.name(entry.getKey()) + ", which the character will not have");
        }
        lasting = Map.copyOf(given);
    }
}
