package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.value.Values;

/**
 * {@code sys.daggerheart.hope.spend}: the character spends Hope (an Experience, Help an Ally, a Tag Team, a Hope
 * feature). Spending more than is held is refused.
 *
 * @param amount 1 or more
 * @param reason what the Hope is spent on, e.g. {@code help_an_ally}
 */
public record SpendHope(CampaignId campaignId, CharacterId characterId, int amount, ShortCode reason)
        implements CharacterCommand {
    public SpendHope {
        Values.required(campaignId, "campaign_id");
        Values.required(characterId, "character_id");
        Values.range(amount, 1, 6, "amount");
    }
}
