package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.rules.EffectDuration;

/**
 * {@code sys.daggerheart.condition.expire} (nested only): a rest, the session or the scene ended, and with it the
 * character's conditions lasting until then (see {@link EffectDuration#endsWith}). Sent for every character by what
 * ends them, beside {@link EndTemporaryArmor}: the rest's decision, the session-end hook, the GM's scene end; a
 * character with nothing to end records nothing.
 */
public record ExpireConditions(CampaignId campaignId, CharacterId characterId, EffectDuration ended)
        implements CharacterCommand {
    public ExpireConditions {
        Values.required(campaignId, "campaign_id");
        Values.required(characterId, "character_id");
        Values.required(ended, "ended");
    }
}
