package dev.duality.sys.daggerheart.rules;

import dev.duality.sys.daggerheart.character.api.LifeState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DIE_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.rules.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SRD Death: a PC who marks their last HP chooses Blaze of Glory, Avoid Death or Risk It All. The character here has
 * all 6 HP marked, 4 of 6 Stress marked and 3 Hope of 6.
 */
class DeathMovesTest {
    private static final HitPoints ALL_HP_MARKED = new HitPoints(6, 6);
    private static final StressSlots FOUR_STRESS = new StressSlots(4, 6);
    private static final HopePool THREE_HOPE = new HopePool(3, 0);

    @Test
    void blazeOfGloryRollsNothingAndLeavesTheFinalAction() {
        DeathMoves.Outcome outcome = DeathMoves.blazeOfGlory(ALL_HP_MARKED, FOUR_STRESS, THREE_HOPE);

        assertThat(outcome).isEqualTo(new DeathMoves.Outcome(DeathMove.BLAZE_OF_GLORY, false, 0, 0, ALL_HP_MARKED,
                FOUR_STRESS, THREE_HOPE, LifeState.BLAZE_OF_GLORY));
    }

    // Avoid Death: unconscious; a Hope die at or below the level takes a scar (one Hope slot less)
    @ParameterizedTest(name = "level {1}, Hope die {0}: scar {2}")
    @CsvSource({"1, 1, true", "2, 1, false", "12, 1, false", "3, 3, true", "4, 3, false", "1, 10, true",
            "10, 10, true", "11, 10, false"})
    void avoidDeathTakesAScarWhenTheHopeDieIsAtOrBelowTheLevel(int hopeDie, int level, boolean scar) {
        DeathMoves.Outcome outcome = DeathMoves.avoidDeath(hopeDie, level, ALL_HP_MARKED, FOUR_STRESS, THREE_HOPE);

        assertThat(outcome.scarTaken()).isEqualTo(scar);
        assertThat(outcome.hope().max()).isEqualTo(scar ? 5 : 6);
        assertThat(outcome.hope().hope()).isEqualTo(3);
        assertThat(outcome.lifeState()).isEqualTo(LifeState.UNCONSCIOUS);
        assertThat(outcome.hp()).isEqualTo(ALL_HP_MARKED);
        assertThat(outcome.stress()).isEqualTo(FOUR_STRESS);
    }

    @Test
    void aScarTakesTheHopeHeldInTheCrossedOutSlot() {
        // 6 of 6 Hope, one scar: the maximum is 5, so 5 Hope are left
        DeathMoves.Outcome outcome = DeathMoves.avoidDeath(1, 1, ALL_HP_MARKED, FOUR_STRESS, new HopePool(6, 0));

        assertThat(outcome.hope()).isEqualTo(new HopePool(5, 1));
    }

    @Test
    void losingTheLastHopeSlotEndsTheCharactersStory() {
        // five scars leave one Hope slot; the sixth crosses it out
        DeathMoves.Outcome outcome = DeathMoves.avoidDeath(2, 3, ALL_HP_MARKED, FOUR_STRESS, new HopePool(1, 5));

        assertThat(outcome.scarTaken()).isTrue();
        assertThat(outcome.hope()).isEqualTo(new HopePool(0, 6));
        assertThat(outcome.lifeState()).isEqualTo(LifeState.DEAD);
    }

    @Test
    void riskItAllWithTheFearDieHigherIsDeath() {
        DeathMoves.Outcome outcome = DeathMoves.riskItAll(5, 9, ALL_HP_MARKED, FOUR_STRESS, THREE_HOPE,
                DeathMoves.RiskItAllSplit.HP_FIRST);

        assertThat(outcome.lifeState()).isEqualTo(LifeState.DEAD);
        assertThat(outcome.hpCleared()).isZero();
        assertThat(outcome.stressCleared()).isZero();
    }

    @Test
    void riskItAllWithMatchingDiceStaysUpAndClearsNothing() {
        DeathMoves.Outcome outcome = DeathMoves.riskItAll(7, 7, ALL_HP_MARKED, FOUR_STRESS, THREE_HOPE,
                DeathMoves.RiskItAllSplit.HP_FIRST);

        assertThat(outcome).isEqualTo(new DeathMoves.Outcome(DeathMove.RISK_IT_ALL, false, 0, 0, ALL_HP_MARKED,
                FOUR_STRESS, THREE_HOPE, LifeState.ALIVE));
    }

    // Risk It All, Hope die higher: clear HP and/or Stress totalling the Hope die's value; what the player asks for
    // first (HP up to clear_hp, Stress up to clear_stress), then what is left clears HP, then Stress
    @ParameterizedTest(name = "Hope {0}, clear_hp {1}, clear_stress {2}: {3} HP, {4} Stress")
    @CsvSource({
            " 5,  ,  , 5, 0",
            " 9,  ,  , 6, 3",
            "12,  ,  , 6, 4",
            " 5, 2,  , 5, 0",
            " 5,  , 3, 2, 3",
            " 5, 1, 1, 4, 1",
            " 5, 0, 4, 1, 4",
            " 5, 4, 4, 4, 1",
            " 3, 6, 6, 3, 0",
            " 8, 0, 9, 4, 4"})
    void riskItAllWithTheHopeDieHigherClearsUpToItsValue(int hopeDie, Integer clearHp, Integer clearStress,
                                                         int hpCleared, int stressCleared) {
        DeathMoves.Outcome outcome = DeathMoves.riskItAll(hopeDie, 1, ALL_HP_MARKED, FOUR_STRESS, THREE_HOPE,
                new DeathMoves.RiskItAllSplit(clearHp, clearStress));

        assertThat(outcome.hpCleared()).as("HP cleared").isEqualTo(hpCleared);
        assertThat(outcome.stressCleared()).as("Stress cleared").isEqualTo(stressCleared);
        assertThat(outcome.hp()).isEqualTo(new HitPoints(6 - hpCleared, 6));
        assertThat(outcome.stress()).isEqualTo(new StressSlots(4 - stressCleared, 6));
        assertThat(outcome.lifeState()).isEqualTo(LifeState.ALIVE);
        assertThat(hpCleared + stressCleared).isLessThanOrEqualTo(hopeDie);
    }

    @Test
    void diceAreD12s() {
        assertRefused(() -> DeathMoves.avoidDeath(13, 1, ALL_HP_MARKED, FOUR_STRESS, THREE_HOPE),
                DAGGERHEART_DIE_OUT_OF_RANGE, "hope_die");
        assertRefused(() -> DeathMoves.riskItAll(3, 0, ALL_HP_MARKED, FOUR_STRESS, THREE_HOPE,
                DeathMoves.RiskItAllSplit.HP_FIRST), DAGGERHEART_DIE_OUT_OF_RANGE, "fear_die");
    }

    @Test
    void theMovesRollNoneOneOrTwoDice() {
        assertThat(DeathMove.BLAZE_OF_GLORY.dice()).isZero();
        assertThat(DeathMove.AVOID_DEATH.dice()).isEqualTo(1);
        assertThat(DeathMove.RISK_IT_ALL.dice()).isEqualTo(2);
    }
}
