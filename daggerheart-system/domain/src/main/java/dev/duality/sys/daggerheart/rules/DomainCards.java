package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CARD_DOMAIN_NOT_OF_CLASS;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CARD_DUPLICATE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CARD_LEVEL_TOO_HIGH;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CARD_NOT_HELD;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_LOADOUT_FULL;

/** Which domain cards a character may take, and what moving them between loadout and vault costs. */
public final class DomainCards {
    private DomainCards() {
    }

    /** A card moved and the Stress that move costs. */
    public record CardMove(AcquiredCards cards, int stressCost) {
    }

    /**
     * Domain cards come only from the class's two domains and at or below the character's level; {@code field}
     * names the card in the request (e.g. {@code domain_cards[1]}).
     */
    public static DomainCard requireAllowed(DaggerheartClass characterClass, int level, DomainCard card,
                                            String field) {
        return requireAccessible(characterClass, null, level, level, card, field);
    }

    /**
     * Domain cards come from the domains the character has access to: the class's two, at or below the level, and
     * after multiclassing the second class's chosen domain, at or below half the level rounded up. No card may be above
     * {@code highestLevel} either (a level-up column's extra card goes up to that tier's last level, an exchanged card
     * up to the level of the card it replaces).
     */
    public static DomainCard requireAccessible(DaggerheartClass characterClass, Multiclass multiclass, int level,
                                               int highestLevel, DomainCard card, String field) {
        Values.required(characterClass, "character_class");
        DaggerheartRules.requireLevel(level, "level");
        Values.required(card, field);
        boolean classDomain = ClassRules.domains(characterClass).contains(card.domain());
        boolean multiclassDomain = multiclass != null && multiclass.domain() == card.domain();
        Rejected.unless(classDomain || multiclassDomain, DAGGERHEART_CARD_DOMAIN_NOT_OF_CLASS, field,
                "card " + card.cardId() + " is from " + card.domain() + ", not a domain of the character's class"
                        + (multiclass == null ? " " + characterClass : "es"));
        int cap = Math.min(highestLevel, classDomain ? level : DaggerheartRules.multiclassCardLevel(level));
        Rejected.unless(card.level() <= cap, DAGGERHEART_CARD_LEVEL_TOO_HIGH, field,
                "card " + card.cardId() + " is level " + card.level() + "; the character may take a card of level "
                        + cap + " or lower here");
        return card;
    }

    /** Gaining a card (e.g. at level-up): allowed for the class and level, new, and put where the player chose. */
    public static AcquiredCards acquire(AcquiredCards cards, DaggerheartClass characterClass, int level,
                                        DomainCard card, CardPlace place) {
        requireAllowed(characterClass, level, card, "domain_card");
        return add(cards, card, place, "card_id", "loadout");
    }

    /**
     * Adds a card the caller found allowed: a card already held is refused (naming {@code cardField}), and so is a
     * full loadout when the card goes there (naming {@code placeField}).
     */
    public static AcquiredCards add(AcquiredCards cards, DomainCard card, CardPlace place, String cardField,
                                    String placeField) {
        Values.required(cards, "cards");
        Values.required(place, placeField);
        Rejected.unless(cards.placeOf(card.cardId()).isEmpty(), DAGGERHEART_CARD_DUPLICATE, cardField,
                "card " + card.cardId() + " is already held");
        Rejected.unless(place != CardPlace.LOADOUT || cards.loadoutHasRoom(), DAGGERHEART_LOADOUT_FULL, placeField,
                "the loadout already holds " + AcquiredCards.LOADOUT_SIZE + " cards");
        return cards.with(card, place);
    }

    /**
     * A level-up's exchange: a held card for another that is new to the character and of the same level or lower,
     * which takes its place. {@code highestLevel} checks belong to {@link #requireAccessible}, called by the caller.
     */
    public static AcquiredCards exchange(AcquiredCards cards, CardExchange exchange, String field) {
        Values.required(cards, "cards");
        Values.required(exchange, field);
        Rejected.unless(cards.placeOf(exchange.cardId()).isPresent(), DAGGERHEART_CARD_NOT_HELD, field + ".card_id",
                "card " + exchange.cardId() + " is not held");
        Rejected.unless(cards.placeOf(exchange.domainCard().cardId()).isEmpty(), DAGGERHEART_CARD_DUPLICATE,
                field + ".domain_card", "card " + exchange.domainCard().cardId() + " is already held");
        return cards.replaced(exchange.cardId(), exchange.domainCard());
    }

    /**
     * Vault to loadout: costs Stress equal to the card's Recall Cost, except at the start of a rest where it is free.
     * The cost is only reported; paying it is the caller's {@link CharacterResources#markStress}.
     */
    public static CardMove toLoadout(AcquiredCards cards, String cardId, boolean atRestStart) {
        Values.required(cards, "cards");
        requireIn(cards, cardId, CardPlace.VAULT);
        requireRoom(cards, CardPlace.LOADOUT);
        DomainCard card = cards.vault().stream().filter(c -> c.cardId().equals(cardId)).findFirst().orElseThrow();
        return new CardMove(cards.moved(cardId, CardPlace.LOADOUT), swapStressCost(card, CardPlace.LOADOUT, atRestStart));
    }

    /** Loadout to vault: always free, e.g. to make room before recalling another card. */
    public static CardMove toVault(AcquiredCards cards, String cardId) {
        Values.required(cards, "cards");
        requireIn(cards, cardId, CardPlace.LOADOUT);
        return new CardMove(cards.moved(cardId, CardPlace.VAULT), 0);
    }

    /** The Stress a move costs: the Recall Cost into the loadout outside a rest's start, otherwise nothing. */
    public static int swapStressCost(DomainCard card, CardPlace to, boolean atRestStart) {
        Values.required(card, "domain_card");
        Values.required(to, "to");
        return to == CardPlace.LOADOUT && !atRestStart ? card.recallCost() : 0;
    }

    private static void requireIn(AcquiredCards cards, String cardId, CardPlace place) {
        Values.required(cardId, "card_id");
        Rejected.unless(cards.placeOf(cardId).filter(p -> p == place).isPresent(), DAGGERHEART_CARD_NOT_HELD,
                "card_id", "card " + cardId + " is not in the " + place.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** A swap into a full loadout is refused naming the swap's {@code to}. */
    private static void requireRoom(AcquiredCards cards, CardPlace place) {
        Rejected.unless(place != CardPlace.LOADOUT || cards.loadoutHasRoom(), DAGGERHEART_LOADOUT_FULL, "to",
                "the loadout already holds " + AcquiredCards.LOADOUT_SIZE + " cards");
    }
}
