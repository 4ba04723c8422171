package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.rules.EffectDuration;

/**
 * {@code sys.daggerheart.character_temporary_armor.end} (nested only): a short rest, a long rest, the session or the
 * scene ended, and with it the character's temporary armor of the durations it ends (a long rest also ends "until the
 * next rest" armor; a session's end also ends scene armor). Sent for every character by the decision that ends it
 * (the session-end hook, the GM's scene end, a rest); a character with nothing to end records nothing.
 *
 * @param ended what just ended
 */
public record EndTemporaryArmor(CampaignId campaignId, CharacterId characterId, EffectDuration ended)
        implements CharacterCommand {
    public EndTemporaryArmor {
        Values.required(campaignId, "campaign_id");
        Values.required(characterId, "character_id");
        Values.required(ended, "ended");
    }
}
