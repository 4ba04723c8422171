package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.rules.CardPlace;

/**
 * {@code sys.daggerheart.rest_loadout.swap} (nested only): a loadout swap at the start of a rest, which costs no
 * Stress. The contract for the rest decision: send one per card the player moves, nested in the rest's unit of work,
 * before its downtime moves; the loadout's limit of 5 and the card's place are checked as for {@link SwapLoadoutCard}.
 */
public record SwapLoadoutCardAtRest(CampaignId campaignId, CharacterId characterId, String cardId, CardPlace to)
        implements CharacterCommand {
    public SwapLoadoutCardAtRest {
        Values.required(campaignId, "campaign_id");
        Values.required(characterId, "character_id");
        cardId = Values.id(cardId, "card_id");
        Values.required(to, "to");
    }
}
