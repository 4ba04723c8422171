package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.value.Values;

/**
 * {@code sys.daggerheart.level_up.grant}: between sessions the GM grants a character the next level (the party levels
 * up together at a story milestone: one grant per character). Until the player applies it with {@link ApplyLevelUp},
 * the unfinished level-up keeps the character out of the next session.
 */
public record GrantLevelUp(CampaignId campaignId, CharacterId characterId) implements CharacterCommand {
    public GrantLevelUp {
        Values.required(campaignId, "campaign_id");
        Values.required(characterId, "character_id");
    }
}
