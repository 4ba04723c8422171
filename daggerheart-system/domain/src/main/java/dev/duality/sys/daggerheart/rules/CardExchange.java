package dev.duality.sys.daggerheart.rules;

import dev.duality.core.value.Values;

/**
 * The optional exchange of a level-up's last step: a card the character holds ({@code cardId}) for another card of
 * the same level or lower, which takes its place in the loadout or the vault.
 */
public record CardExchange(String cardId, DomainCard domainCard) {
    public CardExchange {
        cardId = Values.id(cardId, "card_id");
        Values.required(domainCard, "domain_card");
    }
}
