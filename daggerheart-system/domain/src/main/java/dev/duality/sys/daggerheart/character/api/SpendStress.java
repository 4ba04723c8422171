package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.value.Values;

/**
 * {@code sys.daggerheart.stress.spend}: the character marks Stress (a feature's cost, a GM move, a consequence).
 * Stress that can't be marked marks 1 HP instead; marking the last Stress makes the character Vulnerable.
 *
 * @param amount 1 or more
 * @param reason why, e.g. {@code recall_cost}
 */
public record SpendStress(CampaignId campaignId, CharacterId characterId, int amount, ShortCode reason)
        implements CharacterCommand {
    public SpendStress {
        Values.required(campaignId, "campaign_id");
        Values.required(characterId, "character_id");
        Values.range(amount, 1, 12, "amount");
    }
}
