package dev.duality.sys.daggerheart.character;

import dev.duality.core.testing.FakeAggregateLookup;
import dev.duality.sys.daggerheart.character.api.LifeState;
import dev.duality.sys.daggerheart.character.api.LoadoutSwapped;
import dev.duality.sys.daggerheart.character.api.SwapLoadoutCard;
import dev.duality.sys.daggerheart.character.api.SwapLoadoutCardAtRest;
import dev.duality.sys.daggerheart.rules.AcquiredCards;
import dev.duality.sys.daggerheart.rules.ConditionSet;
import dev.duality.sys.daggerheart.rules.Condition;
import dev.duality.sys.daggerheart.rules.Domain;
import dev.duality.sys.daggerheart.rules.DomainCard;
import dev.duality.sys.daggerheart.rules.DomainCardType;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static dev.duality.core.testing.Rejections.assertRefused;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CARD_ALREADY_THERE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CARD_NOT_HELD;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CHARACTER_CANNOT_ACT;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CHARACTER_DEAD;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_LOADOUT_FULL;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_STRESS_ALL_MARKED;
import static dev.duality.sys.daggerheart.character.Sheets.CAMPAIGN;
import static dev.duality.sys.daggerheart.character.Sheets.GET_BACK_UP;
import static dev.duality.sys.daggerheart.character.Sheets.HERO;
import static dev.duality.sys.daggerheart.character.Sheets.WHIRLWIND;
import static dev.duality.sys.daggerheart.character.Sheets.guardian;
import static dev.duality.sys.daggerheart.character.Sheets.readyInLeather;
import static dev.duality.sys.daggerheart.character.Sheets.state;
import static dev.duality.sys.daggerheart.character.api.LifeState.ALIVE;
import static dev.duality.sys.daggerheart.character.api.LifeState.DEAD;
import static dev.duality.sys.daggerheart.character.api.LifeState.FALLEN;
import static dev.duality.sys.daggerheart.character.api.LifeState.UNCONSCIOUS;
import static dev.duality.sys.daggerheart.rules.CardPlace.LOADOUT;
import static dev.duality.sys.daggerheart.rules.CardPlace.VAULT;

/**
 * {@code sys.daggerheart.loadout.swap} and {@code sys.daggerheart.rest_loadout.swap}. SRD Loadout and vault: vault to
 * loadout costs Stress equal to the card's Recall Cost outside a rest, nothing at a rest's start; to the vault is free;
 * the loadout holds 5. The Guardian (7 HP, 6 Stress slots) starts with Get Back Up (Recall Cost 1) and Whirlwind (0)
 * in the loadout.
 */
class LoadoutSwapTest {
    /** A Recall Cost 2 Blade card (the SRD has 58 cards at 2). */
    private static final DomainCard RECALL_TWO = new DomainCard("blade-recall-two", "Recall Two", Domain.BLADE, 1, 2,
            DomainCardType.ABILITY);
    private static final AcquiredCards READY = new AcquiredCards(List.of(GET_BACK_UP, WHIRLWIND), List.of());

    private final FixtureConfiguration<DaggerheartCharacter> fixture = Sheets.fixture(new FakeAggregateLookup());

    /** The cards after a free move, as the journal records it. */
    private static LoadoutSwapped moved(DomainCard card, AcquiredCards cards) {
        return new LoadoutSwapped(CAMPAIGN, HERO, card.cardId(), LOADOUT, VAULT, card.recallCost(), 0, false, cards, 0,
                0, ALIVE, ConditionSet.NONE);
    }

    /** Get Back Up in the vault. */
    private static LoadoutSwapped getBackUpVaulted() {
        return moved(GET_BACK_UP, new AcquiredCards(List.of(WHIRLWIND), List.of(GET_BACK_UP)));
    }

    /** The Recall Cost 2 card in the vault beside the starting loadout. */
    private static LoadoutSwapped recallTwoInVault() {
        return moved(RECALL_TWO, new AcquiredCards(List.of(GET_BACK_UP, WHIRLWIND), List.of(RECALL_TWO)));
    }

    @Test
    void aCardGoesToTheVaultForFree() {
        fixture.given(guardian(), readyInLeather(), state(1, 2, 2, 0, ALIVE))
                .when(new SwapLoadoutCard(CAMPAIGN, HERO, "get-back-up", VAULT))
                .expectEvents(new LoadoutSwapped(CAMPAIGN, HERO, "get-back-up", LOADOUT, VAULT, 1, 0, false,
                        new AcquiredCards(List.of(WHIRLWIND), List.of(GET_BACK_UP)), 1, 2, ALIVE, ConditionSet.NONE));
    }

    @Test
    void recallingACardFromTheVaultCostsItsRecallCostInStress() {
        fixture.given(guardian(), readyInLeather(), getBackUpVaulted(), state(1, 2, 2, 0, ALIVE))
                .when(new SwapLoadoutCard(CAMPAIGN, HERO, "get-back-up", LOADOUT))
                // Recall Cost 1: Stress 2 -> 3
                .expectEvents(new LoadoutSwapped(CAMPAIGN, HERO, "get-back-up", VAULT, LOADOUT, 1, 1, false,
                        new AcquiredCards(List.of(WHIRLWIND, GET_BACK_UP), List.of()), 1, 3, ALIVE,
                        ConditionSet.NONE));
    }

    @Test
    void atTheStartOfARestRecallingIsFree() {
        fixture.given(guardian(), readyInLeather(), getBackUpVaulted(), state(1, 2, 2, 0, ALIVE))
                .when(new SwapLoadoutCardAtRest(CAMPAIGN, HERO, "get-back-up", LOADOUT))
                .expectEvents(new LoadoutSwapped(CAMPAIGN, HERO, "get-back-up", VAULT, LOADOUT, 1, 0, true,
                        new AcquiredCards(List.of(WHIRLWIND, GET_BACK_UP), List.of()), 1, 2, ALIVE,
                        ConditionSet.NONE));
    }

    @Test
    void stressThatCannotBeMarkedMarksAnHpAndTheLastStressMakesVulnerable() {
        // Recall Cost 2 with 5 of 6 Stress marked: 1 Stress fits (the last: Vulnerable), the rest marks 1 HP
        fixture.given(guardian(), readyInLeather(), recallTwoInVault(), state(1, 5, 2, 0, ALIVE))
                .when(new SwapLoadoutCard(CAMPAIGN, HERO, "blade-recall-two", LOADOUT))
                .expectEvents(new LoadoutSwapped(CAMPAIGN, HERO, "blade-recall-two", VAULT, LOADOUT, 2, 2, false,
                        new AcquiredCards(List.of(GET_BACK_UP, WHIRLWIND, RECALL_TWO), List.of()), 2, 6, ALIVE,
                        new ConditionSet(List.of(Condition.VULNERABLE))));
    }

    @Test
    void anHpMarkedForARecallCanBeTheLast() {
        fixture.given(guardian(), readyInLeather(), recallTwoInVault(), state(6, 5, 2, 0, ALIVE))
                .when(new SwapLoadoutCard(CAMPAIGN, HERO, "blade-recall-two", LOADOUT))
                .expectEvents(new LoadoutSwapped(CAMPAIGN, HERO, "blade-recall-two", VAULT, LOADOUT, 2, 2, false,
                        new AcquiredCards(List.of(GET_BACK_UP, WHIRLWIND, RECALL_TWO), List.of()), 7, 6, FALLEN,
                        new ConditionSet(List.of(Condition.VULNERABLE))));
    }

    @Test
    void withEveryStressSlotMarkedARecallThatCostsStressCannotBeMade() {
        assertRefused(fixture.given(guardian(), readyInLeather(), getBackUpVaulted(), state(1, 6, 2, 0, ALIVE))
                        .when(new SwapLoadoutCard(CAMPAIGN, HERO, "get-back-up", LOADOUT)),
                DAGGERHEART_STRESS_ALL_MARKED, "card_id");
    }

    @Test
    void aFreeRecallNeedsNoStress() {
        LoadoutSwapped whirlwindVaulted = moved(WHIRLWIND, new AcquiredCards(List.of(GET_BACK_UP),
                List.of(WHIRLWIND)));
        fixture.given(guardian(), readyInLeather(), whirlwindVaulted, state(1, 6, 2, 0, ALIVE))
                .when(new SwapLoadoutCard(CAMPAIGN, HERO, "whirlwind", LOADOUT))
                .expectEvents(new LoadoutSwapped(CAMPAIGN, HERO, "whirlwind", VAULT, LOADOUT, 0, 0, false, READY, 1,
                        6, ALIVE, ConditionSet.NONE));
    }

    @Test
    void theLoadoutHoldsFiveCards() {
        List<DomainCard> five = List.of(GET_BACK_UP, WHIRLWIND, card("valor-a"), card("valor-b"), card("valor-c"));
        LoadoutSwapped full = moved(RECALL_TWO, new AcquiredCards(five, List.of(RECALL_TWO)));
        assertRefused(fixture.given(guardian(), readyInLeather(), full)
                        .when(new SwapLoadoutCard(CAMPAIGN, HERO, "blade-recall-two", LOADOUT)),
                DAGGERHEART_LOADOUT_FULL, "to");
        // at a rest's start too: free, but no room
        assertRefused(fixture.given(guardian(), readyInLeather(), full)
                        .when(new SwapLoadoutCardAtRest(CAMPAIGN, HERO, "blade-recall-two", LOADOUT)),
                DAGGERHEART_LOADOUT_FULL, "to");
    }

    private static DomainCard card(String id) {
        return new DomainCard(id, id, Domain.VALOR, 1, 1, DomainCardType.ABILITY);
    }

    @Test
    void aCardTheCharacterDoesNotHoldCannotMove() {
        assertRefused(fixture.given(guardian(), readyInLeather())
                        .when(new SwapLoadoutCard(CAMPAIGN, HERO, "unknown-card", LOADOUT)),
                DAGGERHEART_CARD_NOT_HELD, "card_id");
    }

    @Test
    void aCardAlreadyWhereItGoesIsRefused() {
        assertRefused(fixture.given(guardian(), readyInLeather())
                        .when(new SwapLoadoutCard(CAMPAIGN, HERO, "whirlwind", LOADOUT)),
                DAGGERHEART_CARD_ALREADY_THERE, "to");
        assertRefused(fixture.given(guardian(), readyInLeather(), getBackUpVaulted())
                        .when(new SwapLoadoutCardAtRest(CAMPAIGN, HERO, "get-back-up", VAULT)),
                DAGGERHEART_CARD_ALREADY_THERE, "to");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = LifeState.class, names = "ALIVE", mode = EnumSource.Mode.EXCLUDE)
    void onlyACharacterWhoIsUpSwapsInPlay(LifeState life) {
        assertRefused(fixture.given(guardian(), readyInLeather(), state(7, 0, 2, 0, life))
                        .when(new SwapLoadoutCard(CAMPAIGN, HERO, "get-back-up", VAULT)),
                DAGGERHEART_CHARACTER_CANNOT_ACT, null);
    }

    @Test
    void atARestAnUnconsciousCharactersCardsMoveButTheDeadsDoNot() {
        fixture.given(guardian(), readyInLeather(), state(7, 0, 2, 0, UNCONSCIOUS))
                .when(new SwapLoadoutCardAtRest(CAMPAIGN, HERO, "get-back-up", VAULT))
                .expectEvents(new LoadoutSwapped(CAMPAIGN, HERO, "get-back-up", LOADOUT, VAULT, 1, 0, true,
                        new AcquiredCards(List.of(WHIRLWIND), List.of(GET_BACK_UP)), 7, 0, UNCONSCIOUS,
                        ConditionSet.NONE));
        assertRefused(fixture.given(guardian(), readyInLeather(), state(7, 0, 2, 0, DEAD))
                        .when(new SwapLoadoutCardAtRest(CAMPAIGN, HERO, "get-back-up", VAULT)),
                DAGGERHEART_CHARACTER_DEAD, null);
    }

    @Test
    void theSwapIsFoldedSoTheNextSwapSeesIt() {
        fixture.given(guardian(), readyInLeather())
                .andGivenCommands(new SwapLoadoutCard(CAMPAIGN, HERO, "get-back-up", VAULT))
                .when(new SwapLoadoutCard(CAMPAIGN, HERO, "get-back-up", LOADOUT))
                .expectEvents(new LoadoutSwapped(CAMPAIGN, HERO, "get-back-up", VAULT, LOADOUT, 1, 1, false,
                        new AcquiredCards(List.of(WHIRLWIND, GET_BACK_UP), List.of()), 0, 1, ALIVE,
                        ConditionSet.NONE));
    }
}
