package dev.duality.sys.daggerheart.character;

import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.testing.FakeAggregateLookup;
import dev.duality.sys.daggerheart.character.api.CharacterStatePatched;
import dev.duality.sys.daggerheart.character.api.Heritage;
import dev.duality.sys.daggerheart.character.api.LifeState;
import dev.duality.sys.daggerheart.character.api.SpendHope;
import dev.duality.sys.daggerheart.character.api.SpendStress;
import dev.duality.sys.daggerheart.rules.Ancestry;
import dev.duality.sys.daggerheart.rules.Community;
import dev.duality.sys.daggerheart.rules.ConditionSet;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.duality.core.testing.Rejections.assertRefused;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CHARACTER_DEAD;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_HOPE_INSUFFICIENT;
import static dev.duality.sys.daggerheart.character.CharacterStatePatchTest.conditions;
import static dev.duality.sys.daggerheart.character.Sheets.CAMPAIGN;
import static dev.duality.sys.daggerheart.character.Sheets.HERO;
import static dev.duality.sys.daggerheart.character.Sheets.guardian;
import static dev.duality.sys.daggerheart.character.Sheets.inLeather;
import static dev.duality.sys.daggerheart.character.Sheets.state;
import static dev.duality.sys.daggerheart.character.api.CharacterStatePatched.HOPE_SPEND;
import static dev.duality.sys.daggerheart.character.api.CharacterStatePatched.STRESS_SPEND;
import static dev.duality.sys.daggerheart.character.api.LifeState.ALIVE;
import static dev.duality.sys.daggerheart.character.api.LifeState.DEAD;
import static dev.duality.sys.daggerheart.character.api.LifeState.FALLEN;
import static dev.duality.sys.daggerheart.rules.Condition.VULNERABLE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sys.daggerheart.hope.spend} and {@code sys.daggerheart.stress.spend}. The sheet is the level-1 Guardian in
 * Leather: 7 HP slots, 6 Stress slots, Hope 2 of 6, 3 Armor Slots.
 */
class HopeAndStressSpendTest {
    private static final ShortCode HELP_AN_ALLY = ShortCode.of("help_an_ally", "reason");
    private static final ShortCode RECALL_COST = ShortCode.of("recall_cost", "reason");

    private final FixtureConfiguration<DaggerheartCharacter> fixture = Sheets.fixture(new FakeAggregateLookup());

    // --- Hope -----------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{1} of {0} Hope")
    @CsvSource({"2, 1, 1", "2, 2, 0", "6, 3, 3", "6, 6, 0"})
    void hopeIsSpentFromWhatIsHeld(int held, int spent, int left) {
        // Help an Ally costs 1 Hope, a Tag Team 3, a class Hope feature 3
        fixture.given(guardian(), inLeather(), state(1, 2, held, 1, ALIVE))
                .when(new SpendHope(CAMPAIGN, HERO, spent, HELP_AN_ALLY))
                .expectEvents(new CharacterStatePatched(CAMPAIGN, HERO, 1, 2, left, 6, 1, ALIVE, ConditionSet.NONE,
                        HOPE_SPEND, HELP_AN_ALLY, null))
                .expectState(sheet -> assertThat(sheet.hope()).isEqualTo(left));
    }

    @ParameterizedTest(name = "{1} with {0} held")
    @CsvSource({"2, 3", "0, 1", "5, 6"})
    void spendingMoreHopeThanIsHeldIsRefused(int held, int spent) {
        assertRefused(fixture.given(guardian(), inLeather(), state(0, 0, held, 0, ALIVE))
                        .when(new SpendHope(CAMPAIGN, HERO, spent, HELP_AN_ALLY)),
                DAGGERHEART_HOPE_INSUFFICIENT, "amount");
    }

    @Test
    void aFallenCharacterMayStillSpendHope() {
        fixture.given(guardian(), inLeather(), state(7, 0, 2, 0, FALLEN))
                .when(new SpendHope(CAMPAIGN, HERO, 1, null))
                .expectEvents(new CharacterStatePatched(CAMPAIGN, HERO, 7, 0, 1, 6, 0, FALLEN, ConditionSet.NONE,
                        HOPE_SPEND, null, null));
    }

    // --- Stress ---------------------------------------------------------------------------------------------------

    @Test
    void stressIsMarked() {
        fixture.given(guardian(), inLeather())
                .when(new SpendStress(CAMPAIGN, HERO, 2, RECALL_COST))
                .expectEvents(stressSpent(0, 2, ALIVE, ConditionSet.NONE))
                .expectState(sheet -> assertThat(sheet.stressMarked()).isEqualTo(2));
    }

    @Test
    void markingTheLastStressMakesTheCharacterVulnerable() {
        // Rule -> number, "Last Stress marked": Vulnerable
        fixture.given(guardian(), inLeather(), state(0, 4, 2, 0, ALIVE))
                .when(new SpendStress(CAMPAIGN, HERO, 2, RECALL_COST))
                .expectEvents(stressSpent(0, 6, ALIVE, conditions(VULNERABLE)));
    }

    @Test
    void stressThatDoesNotFitMarksOneHpInstead() {
        // Rule -> number, "Can't mark Stress": mark 1 HP. 5 of 6 marked, 3 to mark: 1 fits, 1 HP for the rest
        fixture.given(guardian(), inLeather(), state(2, 5, 2, 0, ALIVE))
                .when(new SpendStress(CAMPAIGN, HERO, 3, RECALL_COST))
                .expectEvents(stressSpent(3, 6, ALIVE, conditions(VULNERABLE)));
    }

    @Test
    void withEveryStressMarkedStressMarksOneHpAndTheCharacterStaysVulnerable() {
        fixture.given(guardian(), inLeather(), state(0, 5, 2, 0, ALIVE),
                        stressSpent(0, 6, ALIVE, conditions(VULNERABLE)))
                .when(new SpendStress(CAMPAIGN, HERO, 2, RECALL_COST))
                .expectEvents(stressSpent(1, 6, ALIVE, conditions(VULNERABLE)));
    }

    @Test
    void theHpMarkedInsteadOfStressCanBeTheLastAndTheCharacterFalls() {
        fixture.given(guardian(), inLeather(), state(6, 5, 2, 0, ALIVE),
                        stressSpent(6, 6, ALIVE, conditions(VULNERABLE)))
                .when(new SpendStress(CAMPAIGN, HERO, 1, RECALL_COST))
                .expectEvents(stressSpent(7, 6, FALLEN, conditions(VULNERABLE)))
                .expectState(sheet -> assertThat(sheet.lifeState()).isEqualTo(FALLEN));
    }

    @Test
    void aHumanHasASeventhStressSlotToMark() {
        // Human, High Stamina: 7 Stress slots, so the sixth is not the last
        fixture.given(guardian(), Sheets.profileUpdated()
                                .heritage(new Heritage(Ancestry.HUMAN, Community.HIGHBORNE))
                                .stressMax(7).build(),
                        state(0, 5, 2, 0, ALIVE))
                .when(new SpendStress(CAMPAIGN, HERO, 1, RECALL_COST))
                .expectEvents(stressSpent(0, 6, ALIVE, ConditionSet.NONE));
    }

    // --- the dead -------------------------------------------------------------------------------------------------

    @Test
    void aDeadCharacterSpendsNoHope() {
        assertRefused(fixture.given(guardian(), inLeather(), state(7, 0, 2, 0, DEAD))
                .when(new SpendHope(CAMPAIGN, HERO, 1, HELP_AN_ALLY)), DAGGERHEART_CHARACTER_DEAD, null);
    }

    @Test
    void aDeadCharacterMarksNoStress() {
        assertRefused(fixture.given(guardian(), inLeather(), state(7, 0, 2, 0, DEAD))
                .when(new SpendStress(CAMPAIGN, HERO, 1, RECALL_COST)), DAGGERHEART_CHARACTER_DEAD, null);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = LifeState.class, names = {"FALLEN", "UNCONSCIOUS"})
    void onlyDeathStopsAStressSpend(LifeState life) {
        fixture.given(guardian(), inLeather(), state(7, 0, 2, 0, life))
                .when(new SpendStress(CAMPAIGN, HERO, 1, RECALL_COST))
                .expectEvents(stressSpent(7, 1, life, ConditionSet.NONE));
    }

    private static CharacterStatePatched stressSpent(int hp, int stress, LifeState life, ConditionSet conditions) {
        return new CharacterStatePatched(CAMPAIGN, HERO, hp, stress, 2, 6, 0, life, conditions, STRESS_SPEND,
                RECALL_COST, null);
    }
}
