package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.sys.daggerheart.rules.Condition;
import dev.duality.sys.daggerheart.rules.ConditionSet;
import dev.duality.sys.daggerheart.rules.EffectDuration;

import java.util.Map;

/**
 * {@code sys.daggerheart.condition_changed}: a character's conditions after a change, what it added and removed, and
 * how long those that end on their own last. A change by the client has its {@code source}; conditions that ran out
 * (a rest, the session's or the scene's end) are removed with the source {@code expired:<what ended>}.
 *
 * @param lasting the durations of the conditions after the change that have one
 */
public record ConditionChanged(CampaignId campaignId, CharacterId characterId, ConditionSet conditions,
                               ConditionSet added, ConditionSet removed, Map<Condition, EffectDuration> lasting,
                               ShortCode source) {
}
