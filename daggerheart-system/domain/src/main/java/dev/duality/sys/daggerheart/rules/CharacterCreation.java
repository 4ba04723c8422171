package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CARD_DUPLICATE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_EXPERIENCES_INVALID;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_STARTING_CARDS_INVALID;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_TRAITS_NOT_STARTING_ARRAY;

/** The character creation checks: traits, Experiences and domain cards a new PC starts with. */
public final class CharacterCreation {
    /** The starting trait array, sorted. */
    public static final List<Integer> STARTING_TRAIT_ARRAY = List.of(-1, 0, 0, 1, 1, 2);
    public static final int STARTING_EXPERIENCES = 2;
    public static final int STARTING_DOMAIN_CARDS = 2;

    private CharacterCreation() {
    }

    /** Step 3: the six traits get +2, +1, +1, 0, 0 and -1, in any order. */
    public static TraitScores requireStartingTraits(TraitScores traits) {
        Values.required(traits, "traits");
        List<Integer> sorted = traits.scores().stream().sorted().toList();
        Rejected.unless(sorted.equals(STARTING_TRAIT_ARRAY), DAGGERHEART_TRAITS_NOT_STARTING_ARRAY, "traits",
                "starting traits must be +2, +1, +1, 0, 0, -1 in any order, were " + traits.scores());
        return traits;
    }

    /**
     * Step 7: exactly two Experiences, each at +2. Two with the same name (ignoring case) would be one Experience
     * written twice, so they are refused too.
     */
    public static List<Experience> requireStartingExperiences(List<Experience> experiences) {
        Values.required(experiences, "experiences");
        Rejected.unless(experiences.size() == STARTING_EXPERIENCES, DAGGERHEART_EXPERIENCES_INVALID, "experiences",
                "a new character writes exactly " + STARTING_EXPERIENCES + " Experiences, got " + experiences.size());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < experiences.size(); i++) {
            Experience experience = Values.required(experiences.get(i), "experiences[" + i + "]");
            Rejected.unless(experience.modifier() == Experience.STARTING_MODIFIER, DAGGERHEART_EXPERIENCES_INVALID,
                    "experiences", "starting Experiences are +" + Experience.STARTING_MODIFIER + ", "
                            + experience.name() + " was +" + experience.modifier());
            Rejected.unless(names.add(experience.name().toLowerCase(Locale.ROOT)), DAGGERHEART_EXPERIENCES_INVALID,
                    "experiences", "Experience " + experience.name() + " is written twice");
        }
        return List.copyOf(experiences);
    }

    /**
     * Step 8: exactly two different level-1 cards from the class's domains. Both go into the loadout, which has room
     * for five.
     */
    public static AcquiredCards startingCards(DaggerheartClass characterClass, List<DomainCard> cards) {
        Values.required(cards, "domain_cards");
        Rejected.unless(cards.size() == STARTING_DOMAIN_CARDS, DAGGERHEART_STARTING_CARDS_INVALID, "domain_cards",
                "a new character takes exactly " + STARTING_DOMAIN_CARDS + " domain cards, got " + cards.size());
        List<DomainCard> loadout = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            String field = "domain_cards[" + i + "]";
            DomainCard card = DomainCards.requireAllowed(characterClass, DaggerheartRules.STARTING_LEVEL,
                    cards.get(i), field);
            Rejected.unless(loadout.stream().noneMatch(c -> c.cardId().equals(card.cardId())),
                    DAGGERHEART_CARD_DUPLICATE, field, "card " + card.cardId() + " is taken twice");
            loadout.add(card);
        }
        return new AcquiredCards(loadout, List.of());
    }
}
