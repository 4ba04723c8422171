package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ADVANCEMENT_CHOICE_INVALID;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ADVANCEMENT_PICKS_INVALID;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ADVANCEMENT_UNAVAILABLE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_EXPERIENCE_NOT_HELD;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_MULTICLASS_INVALID;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_SUBCLASS_NOT_OF_CLASS;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_TIER_EXPERIENCE_INVALID;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_TRAIT_MARKED;

/**
 * Leveling up (SRD Leveling Up), exactly one level at a time, in the SRD's steps: (1) the tier achievements of levels
 * 2, 5 and 8 (a new Experience at +2 and +1 Proficiency; at 5 and 8 the trait marks are cleared too); (2) two picks of
 * advancements from the character's tier's column of the level-up sheet or a lower one, each needing unmarked slots;
 * (3) every damage threshold +1, which is the "+ level" of the threshold formula ({@link Defense#thresholds}), so it is
 * not added a second time; (4) a domain card of the character's level or lower, and optionally the exchange of a held
 * card for another of the same level or lower.
 */
public final class LevelUps {
    /** Advancement picks per level-up. */
    public static final int PICKS_PER_LEVEL = 2;
    /** The first tier with a column of advancements: tier 1 is level 1 only, which nobody levels up to. */
    public static final int FIRST_ADVANCEMENT_TIER = 2;

    private LevelUps() {
    }

    /** What a character's sheet holds before the level-up. */
    public record Sheet(DaggerheartClass characterClass, Subclass subclass, int level, TraitScores traits,
                        Set<Trait> markedTraits, List<Experience> experiences, AcquiredCards cards,
                        SubclassCard subclassCard, Multiclass multiclass, SubclassCard multiclassCard,
                        List<TakenAdvancement> taken) {
        public Sheet {
            Values.required(characterClass, "character_class");
            Values.required(traits, "traits");
            markedTraits = Set.copyOf(Values.required(markedTraits, "marked_traits"));
            experiences = List.copyOf(Values.required(experiences, "experiences"));
            Values.required(cards, "cards");
            subclassCard = subclassCard == null ? SubclassCard.FOUNDATION : subclassCard;
            taken = List.copyOf(Values.required(taken, "advancements"));
        }
    }

    /**
     * What the player chose.
     *
     * @param newExperience   the tier achievement's new Experience (levels 2, 5 and 8 only)
     * @param domainCard      step 4's card
     * @param domainCardPlace where it goes; null means the vault
     * @param cardExchange    step 4's optional exchange
     */
    public record Choices(List<Advancement> advancements, String newExperience, DomainCard domainCard,
                          CardPlace domainCardPlace, CardExchange cardExchange) {
    }

    /**
     * The sheet after the level-up.
     *
     * @param tierEntry         the level entered a new tier (2, 5, 8)
     * @param traitMarksCleared the tier achievement cleared the trait marks (5, 8)
     * @param newExperience     the Experience gained at +2, or null
     * @param advancements      the advancements taken, each with the column it came from
     * @param taken             every advancement the character has taken, this level's included
     */
    public record Result(int level, int tier, boolean tierEntry, boolean traitMarksCleared, Experience newExperience,
                         List<Advancement> advancements, TraitScores traits, List<Trait> markedTraits,
                         List<Experience> experiences, AcquiredCards cards, SubclassCard subclassCard,
                         Multiclass multiclass, SubclassCard multiclassCard, List<TakenAdvancement> taken) {
        public Bonuses bonuses() {
            return Bonuses.of(taken);
        }
    }

    /** What the advancements taken add to the sheet's numbers. */
    public record Bonuses(int hpSlots, int stressSlots, int evasion, int proficiency) {
        public static final Bonuses NONE = new Bonuses(0, 0, 0, 0);

        public static Bonuses of(List<TakenAdvancement> taken) {
            Values.required(taken, "advancements");
            return new Bonuses(count(taken, AdvancementOption.HP_SLOT), count(taken, AdvancementOption.STRESS_SLOT),
                    count(taken, AdvancementOption.EVASION), count(taken, AdvancementOption.PROFICIENCY));
        }

        private static int count(List<TakenAdvancement> taken, AdvancementOption option) {
            return (int) taken.stream().filter(t -> t.option() == option).count();
        }
    }

    /**
     * Whether {@code option} can still be taken from the column of {@code tier}: it has unmarked slots for its picks
     * there and is not crossed out. A subclass upgrade crosses out its column's multiclass; a multiclass crosses out
     * its column's subclass upgrade and every other multiclass (a character multiclasses once).
     */
    public static boolean available(List<TakenAdvancement> taken, int tier, AdvancementOption option) {
        Values.required(taken, "advancements");
        Values.required(option, "option");
        int used = taken.stream().filter(t -> t.tier() == tier && t.option() == option)
                .mapToInt(t -> t.option().picks()).sum();
        if (option.slots(tier) - used < option.picks()) {
            return false;
        }
        return switch (option) {
            case MULTICLASS -> taken.stream().noneMatch(t -> t.option() == AdvancementOption.MULTICLASS
                    || (t.tier() == tier && t.option() == AdvancementOption.SUBCLASS_UPGRADE));
            case SUBCLASS_UPGRADE -> taken.stream()
                    .noneMatch(t -> t.tier() == tier && t.option() == AdvancementOption.MULTICLASS);
            default -> true;
        };
    }

    /** Levels the sheet up by one, in the SRD's steps; any choice against the rules refuses the whole level-up. */
    public static Result apply(Sheet sheet, Choices choices) {
        Values.required(sheet, "sheet");
        Values.required(choices, "choices");
        Progress progress = new Progress(sheet, DaggerheartRules.requireLevel(sheet.level() + 1, "level"));
        progress.tierAchievements(choices.newExperience());
        progress.advancements(Values.required(choices.advancements(), "advancements"));
        progress.domainCard(choices.domainCard(), choices.domainCardPlace());
        if (choices.cardExchange() != null) {
            progress.exchange(choices.cardExchange());
        }
        return progress.result();
    }

    /** The sheet as the steps change it, one step after the other. */
    private static final class Progress {
        private final Sheet sheet;
        private final int level;
        private final int tier;
        private TraitScores traits;
        private final Set<Trait> marked;
        private final List<Experience> experiences;
        private AcquiredCards cards;
        private SubclassCard subclassCard;
        private Multiclass multiclass;
        private SubclassCard multiclassCard;
        private final List<TakenAdvancement> taken;
        private final List<Advancement> advancements = new ArrayList<>();
        private Experience newExperience;
        private boolean marksCleared;

        Progress(Sheet sheet, int level) {
            this.sheet = sheet;
            this.level = level;
            this.tier = DaggerheartRules.tier(level);
            traits = sheet.traits();
            marked = sheet.markedTraits().isEmpty() ? EnumSet.noneOf(Trait.class) : EnumSet.copyOf(sheet.markedTraits());
            experiences = new ArrayList<>(sheet.experiences());
            cards = sheet.cards();
            subclassCard = sheet.subclassCard();
            multiclass = sheet.multiclass();
            multiclassCard = sheet.multiclassCard();
            taken = new ArrayList<>(sheet.taken());
        }

        /** Step 1: at levels 2, 5 and 8 a new Experience at +2 (Proficiency follows the level); at 5 and 8 marks clear. */
        void tierAchievements(String experienceName) {
            boolean entry = DaggerheartRules.isTierEntry(level);
            Rejected.unless(entry == (experienceName != null), DAGGERHEART_TIER_EXPERIENCE_INVALID, "new_experience",
                    entry ? "reaching level " + level + " gives a new Experience: name it"
                            : "only levels 2, 5 and 8 give a new Experience; level " + level + " does not");
            if (!entry) {
                return;
            }
            String name = Values.name(experienceName, "new_experience", Experience.MAX_NAME_LENGTH);
            Rejected.unless(experiences.stream().noneMatch(e -> e.name().equalsIgnoreCase(name)),
                    DAGGERHEART_TIER_EXPERIENCE_INVALID, "new_experience",
                    "the character already has the Experience " + name);
            newExperience = new Experience(name, Experience.STARTING_MODIFIER);
            experiences.add(newExperience);
            if (DaggerheartRules.clearsTraitMarks(level)) {
                marksCleared = true;
                marked.clear();
            }
        }

        /** Step 2: exactly two picks, each from an unmarked slot of the character's tier's column or a lower one. */
        void advancements(List<Advancement> chosen) {
            int picks = 0;
            for (int i = 0; i < chosen.size(); i++) {
                picks += Values.required(chosen.get(i), "advancements[" + i + "]").option().picks();
            }
            Rejected.unless(picks == PICKS_PER_LEVEL, DAGGERHEART_ADVANCEMENT_PICKS_INVALID, "advancements",
                    "a level-up takes advancements worth exactly " + PICKS_PER_LEVEL + " picks (Proficiency and "
                            + "multiclass take both), these take " + picks);
            for (int i = 0; i < chosen.size(); i++) {
                advancement(chosen.get(i), "advancements[" + i + "]");
            }
        }

        private void advancement(Advancement advancement, String field) {
            AdvancementOption option = advancement.option();
            int column = advancement.tier() == null ? tier : advancement.tier();
            Rejected.unless(column >= FIRST_ADVANCEMENT_TIER && column <= tier, DAGGERHEART_ADVANCEMENT_UNAVAILABLE,
                    field + ".tier", "a level-" + level + " character takes advancements from the columns of tiers "
                            + FIRST_ADVANCEMENT_TIER + " to " + tier + ", not " + column);
            Rejected.unless(available(taken, column, option), DAGGERHEART_ADVANCEMENT_UNAVAILABLE, field,
                    option.slots(column) == 0 ? "the column of tier " + column + " has no such advancement"
                            : "the column of tier " + column + " has no unmarked slot left for it, or it is crossed out");
            switch (option) {
                case TRAITS -> raiseTraits(advancement.traits(), field + ".traits");
                case EXPERIENCES -> raiseExperiences(advancement.experiences(), field + ".experiences");
                case DOMAIN_CARD -> {
                    DomainCard card = DomainCards.requireAccessible(sheet.characterClass(), multiclass, level,
                            DaggerheartRules.lastLevelOfTier(column), Values.required(advancement.domainCard(),
                                    field + ".domain_card"), field + ".domain_card");
                    cards = DomainCards.add(cards, card, placeOrVault(advancement.place()), field + ".domain_card",
                            field + ".place");
                }
                case SUBCLASS_UPGRADE -> upgradeSubclass(advancement.subclass(), field + ".subclass");
                case MULTICLASS -> multiclass(advancement.multiclass(), field + ".multiclass");
                case HP_SLOT, STRESS_SLOT, EVASION, PROFICIENCY -> {
                    // the numbers follow from the advancements taken (Bonuses)
                }
            }
            taken.add(new TakenAdvancement(level, column, option));
            advancements.add(advancement.inColumn(column));
        }

        private void raiseTraits(List<Trait> chosen, String field) {
            Rejected.unless(chosen != null && chosen.size() == 2 && chosen.get(0) != chosen.get(1),
                    DAGGERHEART_ADVANCEMENT_CHOICE_INVALID, field, "the trait advancement raises two different traits");
            for (Trait trait : chosen) {
                Rejected.unless(!marked.contains(trait), DAGGERHEART_TRAIT_MARKED, field,
                        trait.name().toLowerCase(Locale.ROOT) + " is marked: it can't be raised again until the next "
                                + "tier clears the marks");
            }
            int[] scores = traits.scores().stream().mapToInt(Integer::intValue).toArray();
            chosen.forEach(trait -> scores[trait.ordinal()]++);
            traits = new TraitScores(scores[0], scores[1], scores[2], scores[3], scores[4], scores[5]);
            marked.addAll(chosen);
        }

        private void raiseExperiences(List<String> chosen, String field) {
            Rejected.unless(chosen != null && chosen.size() == 2
                            && !chosen.get(0).equalsIgnoreCase(chosen.get(1)), DAGGERHEART_ADVANCEMENT_CHOICE_INVALID,
                    field, "the Experience advancement raises two different Experiences");
            for (String name : chosen) {
                int index = indexOfExperience(name);
                Rejected.unless(index >= 0, DAGGERHEART_EXPERIENCE_NOT_HELD, field,
                        "the character has no Experience '" + name + "'");
                Experience held = experiences.get(index);
                experiences.set(index, new Experience(held.name(), held.modifier() + 1));
            }
        }

        private int indexOfExperience(String name) {
            for (int i = 0; i < experiences.size(); i++) {
                if (experiences.get(i).name().equalsIgnoreCase(name)) {
                    return i;
                }
            }
            return -1;
        }

        private void upgradeSubclass(Subclass chosen, String field) {
            Subclass target = chosen == null ? sheet.subclass() : chosen;
            if (target == sheet.subclass()) {
                subclassCard = next(subclassCard);
            } else {
                Rejected.unless(multiclass != null && target == multiclass.subclass(), DAGGERHEART_SUBCLASS_NOT_OF_CLASS,
                        field, "subclass " + target + " is neither the character's subclass nor its second class's");
                multiclassCard = next(multiclassCard);
            }
        }

        /**
         * The next card of a subclass. Mastery is never passed: the upgrade has one slot in each of the two columns
         * that offer it, and a subclass starts at its Foundation.
         */
        private static SubclassCard next(SubclassCard card) {
            return card.next().orElseThrow(() -> new IllegalStateException("a third subclass upgrade"));
        }

        private void multiclass(Multiclass chosen, String field) {
            Values.required(chosen, field);
            Rejected.unless(chosen.characterClass() != sheet.characterClass(), DAGGERHEART_MULTICLASS_INVALID,
                    field + ".character_class", "the second class must be another class than "
                            + sheet.characterClass());
            Rejected.unless(ClassRules.domains(chosen.characterClass()).contains(chosen.domain()),
                    DAGGERHEART_MULTICLASS_INVALID, field + ".domain",
                    chosen.domain() + " is not a domain of " + chosen.characterClass());
            Rejected.unless(chosen.subclass().characterClass() == chosen.characterClass(),
                    DAGGERHEART_SUBCLASS_NOT_OF_CLASS, field + ".subclass",
                    "subclass " + chosen.subclass() + " is not a " + chosen.characterClass() + " subclass");
            multiclass = chosen;
            multiclassCard = SubclassCard.FOUNDATION;
        }

        /** Step 4: a card of the character's level or lower from a domain they have access to. */
        void domainCard(DomainCard card, CardPlace place) {
            DomainCards.requireAccessible(sheet.characterClass(), multiclass, level, level,
                    Values.required(card, "domain_card"), "domain_card");
            cards = DomainCards.add(cards, card, placeOrVault(place), "domain_card", "domain_card_place");
        }

        /** Step 4's option: a held card for a new one of the same level or lower. */
        void exchange(CardExchange exchange) {
            DomainCard given = cards.card(exchange.cardId()).orElse(null);
            int highest = given == null ? level : given.level();
            cards = DomainCards.exchange(cards, exchange, "card_exchange");
            DomainCards.requireAccessible(sheet.characterClass(), multiclass, level, highest, exchange.domainCard(),
                    "card_exchange.domain_card");
        }

        private static CardPlace placeOrVault(CardPlace place) {
            return place == null ? CardPlace.VAULT : place;
        }

        Result result() {
            return new Result(level, tier, DaggerheartRules.isTierEntry(level), marksCleared, newExperience,
                    List.copyOf(advancements), traits, inSheetOrder(marked), List.copyOf(experiences), cards,
                    subclassCard, multiclass, multiclassCard, List.copyOf(taken));
        }
    }

    /** Traits in the sheet's order. */
    private static List<Trait> inSheetOrder(Set<Trait> traits) {
        return Arrays.stream(Trait.values()).filter(traits::contains).toList();
    }
}
