package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.value.Values;

/**
 * {@code sys.daggerheart.character.wake} (nested only): an unconscious character (Avoid Death) wakes because the party
 * finished a long rest. The contract for the rest decision: send it for every character at the end of a long rest,
 * nested in the rest's unit of work; a character who is not unconscious records nothing. (Clearing HP wakes an
 * unconscious character by itself.)
 *
 * @param reason why, e.g. {@code long_rest}
 */
public record WakeCharacter(CampaignId campaignId, CharacterId characterId, ShortCode reason)
        implements CharacterCommand {
    public WakeCharacter {
        Values.required(campaignId, "campaign_id");
        Values.required(characterId, "character_id");
    }
}
