package dev.duality.sys.daggerheart.rules;

import dev.duality.core.value.ValueRejection;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CARD_DOMAIN_NOT_OF_CLASS;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CARD_DUPLICATE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CARD_LEVEL_TOO_HIGH;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CARD_NOT_HELD;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_LEVEL_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_LOADOUT_FULL;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_RECALL_COST_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_STARTING_CARDS_INVALID;
import static dev.duality.sys.daggerheart.rules.Refusals.JOURNAL;
import static dev.duality.sys.daggerheart.rules.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class DomainCardsTest {
    // two SRD level-1 Codex and Grace cards (Bard domains) and some others; ids are ours
    private static final DomainCard BOOK_OF_AVA = card("book-of-ava", Domain.CODEX, 1, 2, DomainCardType.GRIMOIRE);
    private static final DomainCard DEFT_DECEIVER = card("deft-deceiver", Domain.GRACE, 1, 0, DomainCardType.ABILITY);
    private static final DomainCard INSPIRATIONAL_WORDS =
            card("inspirational-words", Domain.GRACE, 1, 1, DomainCardType.ABILITY);
    private static final DomainCard RUNE_WARD = card("rune-ward", Domain.ARCANA, 1, 0, DomainCardType.SPELL);
    private static final DomainCard LEVEL_THREE_GRACE = card("grace-3", Domain.GRACE, 3, 1, DomainCardType.SPELL);

    private static DomainCard card(String id, Domain domain, int level, int recallCost, DomainCardType type) {
        return new DomainCard(id, id.replace('-', ' '), domain, level, recallCost, type);
    }

    private static DomainCard codex(int n) {
        return card("codex-" + n, Domain.CODEX, 1, n % 5, DomainCardType.SPELL);
    }

    private static AcquiredCards loadoutOf(int cards) {
        return new AcquiredCards(java.util.stream.IntStream.range(0, cards).mapToObj(DomainCardsTest::codex).toList(),
                List.of());
    }

    // SRD: "You may only take cards from your class's 2 domains, at or below your level"
    @ParameterizedTest(name = "{0} level {1}: {2} level {3}")
    @CsvSource({
            "BARD,     1, GRACE,    1",
            "BARD,     1, CODEX,    1",
            "BARD,     5, CODEX,    5",
            "BARD,    10, GRACE,   10",
            "DRUID,    2, SAGE,     1",
            "DRUID,    2, ARCANA,   2",
            "GUARDIAN, 1, VALOR,    1",
            "GUARDIAN, 1, BLADE,    1",
            "RANGER,   1, BONE,     1",
            "RANGER,   1, SAGE,     1",
            "ROGUE,    1, MIDNIGHT, 1",
            "ROGUE,    1, GRACE,    1",
            "SERAPH,   1, SPLENDOR, 1",
            "SERAPH,   1, VALOR,    1",
            "SORCERER, 1, ARCANA,   1",
            "SORCERER, 1, MIDNIGHT, 1",
            "WARRIOR,  1, BLADE,    1",
            "WARRIOR,  1, BONE,     1",
            "WIZARD,   1, CODEX,    1",
            "WIZARD,   1, SPLENDOR, 1"})
    void cardsOfTheClassDomainsAtOrBelowTheLevelAreAllowed(DaggerheartClass characterClass, int level, Domain domain,
                                                           int cardLevel) {
        DomainCard card = card("c", domain, cardLevel, 1, DomainCardType.ABILITY);
        assertThat(DomainCards.requireAllowed(characterClass, level, card, "domain_card")).isEqualTo(card);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "BARD,     ARCANA",
            "BARD,     VALOR",
            "DRUID,    GRACE",
            "GUARDIAN, SPLENDOR",
            "RANGER,   MIDNIGHT",
            "ROGUE,    CODEX",
            "SERAPH,   BLADE",
            "SORCERER, SAGE",
            "WARRIOR,  VALOR",
            "WIZARD,   ARCANA"})
    void cardsOfOtherDomainsAreRefused(DaggerheartClass characterClass, Domain domain) {
        DomainCard card = card("c", domain, 1, 1, DomainCardType.SPELL);
        assertRefused(() -> DomainCards.requireAllowed(characterClass, 10, card, "domain_cards[1]"),
                DAGGERHEART_CARD_DOMAIN_NOT_OF_CLASS, "domain_cards[1]");
    }

    @ParameterizedTest(name = "level {0}, card level {1}")
    @CsvSource({"1, 2", "4, 5", "9, 10"})
    void cardsAboveTheLevelAreRefused(int level, int cardLevel) {
        DomainCard card = card("c", Domain.GRACE, cardLevel, 1, DomainCardType.SPELL);
        assertRefused(() -> DomainCards.requireAllowed(DaggerheartClass.BARD, level, card, "domain_card"),
                DAGGERHEART_CARD_LEVEL_TOO_HIGH, "domain_card");
    }

    @Test
    void aCardNeedsAnIdNameDomainLevelOneToTenRecallCostZeroToFourAndType() {
        assertRefused(() -> new DomainCard("bad id", "Card", Domain.GRACE, 1, 0, DomainCardType.SPELL),
                ValueRejection.ID_INVALID, "card_id");
        assertRefused(() -> new DomainCard("c", "", Domain.GRACE, 1, 0, DomainCardType.SPELL),
                ValueRejection.NAME_INVALID, "name");
        assertRefused(() -> new DomainCard("c", "Card", null, 1, 0, DomainCardType.SPELL),
                ValueRejection.VALUE_REQUIRED, "domain");
        assertRefused(() -> new DomainCard("c", "Card", Domain.GRACE, 0, 0, DomainCardType.SPELL),
                DAGGERHEART_LEVEL_OUT_OF_RANGE, "level");
        assertRefused(() -> new DomainCard("c", "Card", Domain.GRACE, 11, 0, DomainCardType.SPELL),
                DAGGERHEART_LEVEL_OUT_OF_RANGE, "level");
        assertRefused(() -> new DomainCard("c", "Card", Domain.GRACE, 1, -1, DomainCardType.SPELL),
                DAGGERHEART_RECALL_COST_OUT_OF_RANGE, "recall_cost");
        assertRefused(() -> new DomainCard("c", "Card", Domain.GRACE, 1, 5, DomainCardType.SPELL),
                DAGGERHEART_RECALL_COST_OUT_OF_RANGE, "recall_cost");
        assertRefused(() -> new DomainCard("c", "Card", Domain.GRACE, 1, 0, null),
                ValueRejection.VALUE_REQUIRED, "type");
    }

    // SRD: "Recall Costs in the SRD range 0-4"
    @ParameterizedTest(name = "recall cost {0}")
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void recallCostsZeroToFourAreAllowed(int recallCost) {
        assertThat(card("c", Domain.GRACE, 10, recallCost, DomainCardType.SPELL).recallCost()).isEqualTo(recallCost);
    }

    // SRD: "The loadout holds up to 5 active cards"
    @Test
    void theLoadoutHoldsFiveCards() {
        assertThat(loadoutOf(5).loadout()).hasSize(5);
        assertThat(loadoutOf(5).loadoutHasRoom()).isFalse();
        assertThat(loadoutOf(4).loadoutHasRoom()).isTrue();
        List<DomainCard> six = java.util.stream.IntStream.range(0, 6).mapToObj(DomainCardsTest::codex).toList();
        assertRefused(() -> new AcquiredCards(six, List.of()), DAGGERHEART_LOADOUT_FULL, "loadout");
        // the vault has no limit
        assertThat(new AcquiredCards(List.of(), six).vault()).hasSize(6);
    }

    @Test
    void aCardIsHeldOnceAcrossLoadoutAndVault() {
        assertRefused(() -> new AcquiredCards(List.of(BOOK_OF_AVA, BOOK_OF_AVA), List.of()),
                DAGGERHEART_CARD_DUPLICATE, "loadout");
        assertRefused(() -> new AcquiredCards(List.of(BOOK_OF_AVA), List.of(BOOK_OF_AVA)),
                DAGGERHEART_CARD_DUPLICATE, "vault");
    }

    @Test
    void acquiringPutsTheCardWhereChosen() {
        AcquiredCards start = new AcquiredCards(List.of(BOOK_OF_AVA), List.of());
        AcquiredCards toLoadout = DomainCards.acquire(start, DaggerheartClass.BARD, 3, LEVEL_THREE_GRACE,
                CardPlace.LOADOUT);
        AcquiredCards toVault = DomainCards.acquire(start, DaggerheartClass.BARD, 3, LEVEL_THREE_GRACE,
                CardPlace.VAULT);
        assertThat(toLoadout).isEqualTo(new AcquiredCards(List.of(BOOK_OF_AVA, LEVEL_THREE_GRACE), List.of()));
        assertThat(toVault).isEqualTo(new AcquiredCards(List.of(BOOK_OF_AVA), List.of(LEVEL_THREE_GRACE)));
    }

    @Test
    void acquiringRefusesAFullLoadoutAHeldCardAndCardsTheClassCannotTake() {
        assertRefused(() -> DomainCards.acquire(loadoutOf(5), DaggerheartClass.BARD, 3, LEVEL_THREE_GRACE,
                CardPlace.LOADOUT), DAGGERHEART_LOADOUT_FULL, "loadout");
        assertThat(DomainCards.acquire(loadoutOf(5), DaggerheartClass.BARD, 3, LEVEL_THREE_GRACE, CardPlace.VAULT)
                .vault()).containsExactly(LEVEL_THREE_GRACE);
        AcquiredCards held = new AcquiredCards(List.of(), List.of(BOOK_OF_AVA));
        assertRefused(() -> DomainCards.acquire(held, DaggerheartClass.BARD, 3, BOOK_OF_AVA, CardPlace.LOADOUT),
                DAGGERHEART_CARD_DUPLICATE, "card_id");
        assertRefused(() -> DomainCards.acquire(AcquiredCards.NONE, DaggerheartClass.BARD, 2, LEVEL_THREE_GRACE,
                CardPlace.VAULT), DAGGERHEART_CARD_LEVEL_TOO_HIGH, "domain_card");
        assertRefused(() -> DomainCards.acquire(AcquiredCards.NONE, DaggerheartClass.BARD, 2, RUNE_WARD,
                CardPlace.VAULT), DAGGERHEART_CARD_DOMAIN_NOT_OF_CLASS, "domain_card");
    }

    // SRD: "Vault -> loadout outside a rest costs Stress equal to the Recall Cost"; free at a rest's start;
    // loadout -> vault free
    @ParameterizedTest(name = "recall {0}, to {1}, at rest start {2}: {3} Stress")
    @CsvSource({
            "0, LOADOUT, false, 0",
            "1, LOADOUT, false, 1",
            "2, LOADOUT, false, 2",
            "3, LOADOUT, false, 3",
            "4, LOADOUT, false, 4",
            "4, LOADOUT, true,  0",
            "2, LOADOUT, true,  0",
            "4, VAULT,   false, 0",
            "3, VAULT,   true,  0"})
    void swappingCostsTheRecallCostOnlyIntoTheLoadoutOutsideARest(int recallCost, CardPlace to, boolean atRestStart,
                                                                  int stress) {
        DomainCard card = card("c", Domain.GRACE, 1, recallCost, DomainCardType.SPELL);
        assertThat(DomainCards.swapStressCost(card, to, atRestStart)).isEqualTo(stress);
    }

    @Test
    void recallingMovesTheCardAndReportsItsCost() {
        AcquiredCards cards = new AcquiredCards(List.of(DEFT_DECEIVER), List.of(BOOK_OF_AVA));

        DomainCards.CardMove recalled = DomainCards.toLoadout(cards, "book-of-ava", false);
        DomainCards.CardMove atRest = DomainCards.toLoadout(cards, "book-of-ava", true);

        assertThat(recalled.cards()).isEqualTo(new AcquiredCards(List.of(DEFT_DECEIVER, BOOK_OF_AVA), List.of()));
        assertThat(recalled.stressCost()).isEqualTo(2); // Book of Ava's Recall Cost
        assertThat(atRest.stressCost()).isZero();
    }

    @Test
    void vaultingIsFree() {
        AcquiredCards cards = new AcquiredCards(List.of(DEFT_DECEIVER, INSPIRATIONAL_WORDS), List.of());

        DomainCards.CardMove vaulted = DomainCards.toVault(cards, "inspirational-words");

        assertThat(vaulted.cards()).isEqualTo(new AcquiredCards(List.of(DEFT_DECEIVER), List.of(INSPIRATIONAL_WORDS)));
        assertThat(vaulted.stressCost()).isZero();
    }

    @Test
    void movesRefuseCardsNotWhereTheyStartAndAFullLoadout() {
        AcquiredCards cards = new AcquiredCards(List.of(DEFT_DECEIVER), List.of(BOOK_OF_AVA));
        assertRefused(() -> DomainCards.toLoadout(cards, "deft-deceiver", false), DAGGERHEART_CARD_NOT_HELD,
                "card_id");
        assertRefused(() -> DomainCards.toLoadout(cards, "unknown", false), DAGGERHEART_CARD_NOT_HELD, "card_id");
        assertRefused(() -> DomainCards.toVault(cards, "book-of-ava"), DAGGERHEART_CARD_NOT_HELD, "card_id");
        AcquiredCards full = new AcquiredCards(loadoutOf(5).loadout(), List.of(BOOK_OF_AVA));
        assertRefused(() -> DomainCards.toLoadout(full, "book-of-ava", true), DAGGERHEART_LOADOUT_FULL, "to");
    }

    // SRD character creation step 8: "2 level-1 domain cards from the class's domains"
    @Test
    void aNewCharacterTakesTwoLevelOneCardsIntoTheLoadout() {
        AcquiredCards cards = CharacterCreation.startingCards(DaggerheartClass.BARD, List.of(BOOK_OF_AVA, DEFT_DECEIVER));
        assertThat(cards.loadout()).containsExactly(BOOK_OF_AVA, DEFT_DECEIVER);
        assertThat(cards.vault()).isEmpty();
    }

    @Test
    void startingCardsMustBeTwoDifferentLevelOneCardsOfTheClass() {
        assertRefused(() -> CharacterCreation.startingCards(DaggerheartClass.BARD, List.of(BOOK_OF_AVA)),
                DAGGERHEART_STARTING_CARDS_INVALID, "domain_cards");
        assertRefused(() -> CharacterCreation.startingCards(DaggerheartClass.BARD,
                List.of(BOOK_OF_AVA, DEFT_DECEIVER, INSPIRATIONAL_WORDS)), DAGGERHEART_STARTING_CARDS_INVALID,
                "domain_cards");
        assertRefused(() -> CharacterCreation.startingCards(DaggerheartClass.BARD, List.of(BOOK_OF_AVA, BOOK_OF_AVA)),
                DAGGERHEART_CARD_DUPLICATE, "domain_cards[1]");
        assertRefused(() -> CharacterCreation.startingCards(DaggerheartClass.BARD,
                List.of(BOOK_OF_AVA, LEVEL_THREE_GRACE)), DAGGERHEART_CARD_LEVEL_TOO_HIGH, "domain_cards[1]");
        assertRefused(() -> CharacterCreation.startingCards(DaggerheartClass.BARD, List.of(RUNE_WARD, BOOK_OF_AVA)),
                DAGGERHEART_CARD_DOMAIN_NOT_OF_CLASS, "domain_cards[0]");
        assertRefused(() -> CharacterCreation.startingCards(DaggerheartClass.BARD, null),
                ValueRejection.VALUE_REQUIRED, "domain_cards");
    }

    @Test
    void cardsAreWrittenWithSnakeCaseFieldsAndWireNames() throws Exception {
        AcquiredCards cards = new AcquiredCards(List.of(BOOK_OF_AVA), List.of(RUNE_WARD));
        String json = JOURNAL.writeValueAsString(cards);
        assertThat(json).isEqualTo("{\"loadout\":[{\"card_id\":\"book-of-ava\",\"name\":\"book of ava\","
                + "\"domain\":\"codex\",\"level\":1,\"recall_cost\":2,\"type\":\"grimoire\"}],"
                + "\"vault\":[{\"card_id\":\"rune-ward\",\"name\":\"rune ward\",\"domain\":\"arcana\",\"level\":1,"
                + "\"recall_cost\":0,\"type\":\"spell\"}]}");
        assertThat(JOURNAL.readValue(json, AcquiredCards.class)).isEqualTo(cards);
    }

    // SRD Multiclassing: one domain of the second class, its cards up to half the level rounded up (level 5: 3)
    @ParameterizedTest(name = "level {0}: a level-{1} Midnight card: {2}")
    @CsvSource({"5, 3, true", "5, 4, false", "6, 3, true", "7, 4, true", "10, 5, true", "10, 6, false"})
    void theMulticlassDomainsCardsGoUpToHalfTheLevel(int level, int cardLevel, boolean allowed) {
        Multiclass rogue = new Multiclass(DaggerheartClass.ROGUE, Domain.MIDNIGHT, Subclass.NIGHTWALKER);
        DomainCard card = card("midnight", Domain.MIDNIGHT, cardLevel, 1, DomainCardType.SPELL);
        if (allowed) {
            assertThat(DomainCards.requireAccessible(DaggerheartClass.BARD, rogue, level, level, card, "domain_card"))
                    .isEqualTo(card);
        } else {
            assertRefused(() -> DomainCards.requireAccessible(DaggerheartClass.BARD, rogue, level, level, card,
                    "domain_card"), DAGGERHEART_CARD_LEVEL_TOO_HIGH, "domain_card");
        }
        // a domain of neither class stays closed
        assertRefused(() -> DomainCards.requireAccessible(DaggerheartClass.BARD, rogue, level, level,
                        card("arcana", Domain.ARCANA, 1, 1, DomainCardType.SPELL), "domain_card"),
                DAGGERHEART_CARD_DOMAIN_NOT_OF_CLASS, "domain_card");
    }

    @Test
    void aCardIsNeverAboveTheHighestLevelGiven() {
        // a level-6 Bard takes an extra card from tier 2's column: up to level 4
        assertRefused(() -> DomainCards.requireAccessible(DaggerheartClass.BARD, null, 6, 4,
                card("grace-5", Domain.GRACE, 5, 1, DomainCardType.SPELL), "domain_card"),
                DAGGERHEART_CARD_LEVEL_TOO_HIGH, "domain_card");
        assertThat(DomainCards.requireAccessible(DaggerheartClass.BARD, null, 6, 4, LEVEL_THREE_GRACE, "domain_card"))
                .isEqualTo(LEVEL_THREE_GRACE);
    }
}
