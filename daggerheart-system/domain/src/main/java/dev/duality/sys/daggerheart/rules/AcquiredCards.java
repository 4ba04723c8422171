package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CARD_DUPLICATE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_LOADOUT_FULL;

/**
 * A character's domain cards: the loadout (active, at most {@value #LOADOUT_SIZE}) and the vault (inactive, no
 * limit). A card id appears at most once across both. Subclass, ancestry and community cards are not domain cards
 * and are not kept here.
 */
public record AcquiredCards(List<DomainCard> loadout, List<DomainCard> vault) {
    public static final int LOADOUT_SIZE = 5;
    public static final AcquiredCards NONE = new AcquiredCards(List.of(), List.of());

    public AcquiredCards {
        loadout = List.copyOf(Values.required(loadout, "loadout"));
        vault = List.copyOf(Values.required(vault, "vault"));
        Rejected.unless(loadout.size() <= LOADOUT_SIZE, DAGGERHEART_LOADOUT_FULL, "loadout",
                "loadout holds at most " + LOADOUT_SIZE + " cards, was " + loadout.size());
        Set<String> ids = new HashSet<>();
        requireUnique(loadout, ids, "loadout");
        requireUnique(vault, ids, "vault");
    }

    /** Whether the loadout has room for one more card. */
    public boolean loadoutHasRoom() {
        return loadout.size() < LOADOUT_SIZE;
    }

    /** The card with this id and where it sits, if the character has it. */
    public Optional<CardPlace> placeOf(String cardId) {
        if (contains(loadout, cardId)) {
            return Optional.of(CardPlace.LOADOUT);
        }
        return contains(vault, cardId) ? Optional.of(CardPlace.VAULT) : Optional.empty();
    }

    AcquiredCards with(DomainCard card, CardPlace place) {
        List<DomainCard> newLoadout = new ArrayList<>(loadout);
        List<DomainCard> newVault = new ArrayList<>(vault);
        (place == CardPlace.LOADOUT ? newLoadout : newVault).add(card);
        return new AcquiredCards(newLoadout, newVault);
    }

    /** {@code newCard} in the place of the card {@code cardId} (which the caller found held). */
    AcquiredCards replaced(String cardId, DomainCard newCard) {
        return new AcquiredCards(replaced(loadout, cardId, newCard), replaced(vault, cardId, newCard));
    }

    private static List<DomainCard> replaced(List<DomainCard> cards, String cardId, DomainCard newCard) {
        return cards.stream().map(c -> c.cardId().equals(cardId) ? newCard : c).toList();
    }

    /** The card with this id, if the character has it. */
    public Optional<DomainCard> card(String cardId) {
        return java.util.stream.Stream.concat(loadout.stream(), vault.stream())
                .filter(c -> c.cardId().equals(cardId)).findFirst();
    }

    AcquiredCards moved(String cardId, CardPlace to) {
        List<DomainCard> from = to == CardPlace.LOADOUT ? vault : loadout;
        DomainCard card = from.stream().filter(c -> c.cardId().equals(cardId)).findFirst().orElseThrow();
        List<DomainCard> newLoadout = new ArrayList<>(loadout);
        List<DomainCard> newVault = new ArrayList<>(vault);
        if (to == CardPlace.LOADOUT) {
            newVault.remove(card);
            newLoadout.add(card);
        } else {
            newLoadout.remove(card);
            newVault.add(card);
        }
        return new AcquiredCards(newLoadout, newVault);
    }

    private static boolean contains(List<DomainCard> cards, String cardId) {
        return cards.stream().anyMatch(c -> c.cardId().equals(cardId));
    }

    private static void requireUnique(List<DomainCard> cards, Set<String> seen, String field) {
        for (int i = 0; i < cards.size(); i++) {
            DomainCard card = Values.required(cards.get(i), field + "[" + i + "]");
            Rejected.unless(seen.add(card.cardId()), DAGGERHEART_CARD_DUPLICATE, field,
                    "card " + card.cardId() + " is held twice");
        }
    }
}
