package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.rules.CardPlace;

/**
 * {@code sys.daggerheart.loadout.swap}: the character moves one of their domain cards between the vault and the
 * loadout. Vault to loadout costs Stress equal to the card's Recall Cost (Stress that can't be marked marks 1 HP
 * instead; with every Stress slot marked it can't be done when it costs any); loadout to vault is free; the loadout
 * holds at most 5 cards. Swaps at the start of a rest are free: the rest sends {@link SwapLoadoutCardAtRest}.
 *
 * @param to where the card goes: {@code loadout} or {@code vault}
 */
public record SwapLoadoutCard(CampaignId campaignId, CharacterId characterId, String cardId, CardPlace to)
        implements CharacterCommand {
    public SwapLoadoutCard {
        Values.required(campaignId, "campaign_id");
        Values.required(characterId, "character_id");
        cardId = Values.id(cardId, "card_id");
        Values.required(to, "to");
    }
}
