package dev.duality.sys.daggerheart.rules;

import dev.duality.core.value.ValueRejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ADVANTAGE_DIE_MISMATCH;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DIE_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DIFFICULTY_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_MODIFIER_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.rules.Refusals.JOURNAL;
import static dev.duality.sys.daggerheart.rules.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class DualityRollsTest {

    private static DualityRolls.DualityOutcome roll(int hope, int fear, int net, Integer d6, int modifier,
                                                    Integer difficulty, boolean reaction) {
        return DualityRolls.resolve(new DualityRoll(hope, fear, net, d6, modifier, difficulty, reaction));
    }

    // SRD section 1 table "Action rolls", one row per result, then edge rows. An empty d6 or Difficulty is none.
    // columns: hope, fear, net adv, d6, modifier, Difficulty | total, result, Hope+, Stress cleared, Fear+,
    //          spotlight to GM, GM move
    @ParameterizedTest(name = "[{index}] {0}/{1} adv {2} d6 {3} mod {4} vs {5}: {6} {7}")
    @CsvSource({
            // the five SRD table rows
            " 9,  4,  0,  ,  2, 12,  15, SUCCESS_WITH_HOPE, 1, 0, 0, false, NONE",
            " 4,  9,  0,  ,  2, 12,  15, SUCCESS_WITH_FEAR, 0, 0, 1, true,  MINOR",
            " 5,  3,  0,  ,  1, 12,   9, FAILURE_WITH_HOPE, 1, 0, 0, true,  MINOR",
            " 3,  5,  0,  ,  1, 12,   9, FAILURE_WITH_FEAR, 0, 0, 1, true,  MAJOR",
            " 7,  7,  0,  ,  0, 12,  14, CRITICAL_SUCCESS,  1, 1, 0, false, NONE",
            // total == Difficulty succeeds; one below fails
            " 6,  4,  0,  ,  2, 12,  12, SUCCESS_WITH_HOPE, 1, 0, 0, false, NONE",
            " 6,  4,  0,  ,  1, 12,  11, FAILURE_WITH_HOPE, 1, 0, 0, true,  MINOR",
            " 4,  6,  0,  ,  2, 12,  12, SUCCESS_WITH_FEAR, 0, 0, 1, true,  MINOR",
            " 4,  6,  0,  ,  1, 12,  11, FAILURE_WITH_FEAR, 0, 0, 1, true,  MAJOR",
            // matching dice are a critical whatever the total: 12/12 below the Difficulty, 1/1
            "12, 12,  0,  , -5, 30,  19, CRITICAL_SUCCESS,  1, 1, 0, false, NONE",
            " 1,  1,  0,  ,  0, 20,   2, CRITICAL_SUCCESS,  1, 1, 0, false, NONE",
            " 1,  1, -1, 6, -3, 30,  -7, CRITICAL_SUCCESS,  1, 1, 0, false, NONE",
            // advantage adds one d6, disadvantage subtracts one; several cancel and still roll ONE d6
            " 8,  3,  1, 5,  1, 15,  17, SUCCESS_WITH_HOPE, 1, 0, 0, false, NONE",
            " 8,  3, -1, 5,  1, 15,   7, FAILURE_WITH_HOPE, 1, 0, 0, true,  MINOR",
            " 8,  3,  2, 4,  0, 15,  15, SUCCESS_WITH_HOPE, 1, 0, 0, false, NONE",
            " 3,  8, -3, 6,  0, 10,   5, FAILURE_WITH_FEAR, 0, 0, 1, true,  MAJOR",
            " 3,  8,  1, 1,  0, 12,  12, SUCCESS_WITH_FEAR, 0, 0, 1, true,  MINOR",
            // a negative modifier (a -1 trait)
            "10,  2,  0,  , -1, 12,  11, FAILURE_WITH_HOPE, 1, 0, 0, true,  MINOR",
            // no Difficulty: only with Hope / with Fear / critical
            " 9,  4,  0,  ,  2,   ,  15, WITH_HOPE,         1, 0, 0, false, NONE",
            " 4,  9,  0,  ,  2,   ,  15, WITH_FEAR,         0, 0, 1, true,  MINOR",
            " 6,  6,  0,  ,  0,   ,  12, CRITICAL_SUCCESS,  1, 1, 0, false, NONE",
            // Hope die 1 higher is still with Hope
            "12, 11,  0,  ,  0, 30,  23, FAILURE_WITH_HOPE, 1, 0, 0, true,  MINOR"})
    void actionRolls(int hope, int fear, int net, Integer d6, int modifier, Integer difficulty, int total,
                     DualityResult result, int hopeGained, int stressCleared, int fearGained, boolean spotlight,
                     GmMove move) {
        DualityRolls.DualityOutcome outcome = roll(hope, fear, net, d6, modifier, difficulty, false);
        assertThat(outcome.total()).as("total").isEqualTo(total);
        assertThat(outcome.result()).as("result").isEqualTo(result);
        assertThat(outcome.hopeGained()).as("hope gained").isEqualTo(hopeGained);
        assertThat(outcome.stressCleared()).as("stress cleared").isEqualTo(stressCleared);
        assertThat(outcome.fearGained()).as("fear gained").isEqualTo(fearGained);
        assertThat(outcome.spotlightToGm()).as("spotlight to GM").isEqualTo(spotlight);
        assertThat(outcome.gmMove()).as("GM move").isEqualTo(move);
        assertThat(outcome.gmMakesMove()).as("GM makes a move").isEqualTo(move != GmMove.NONE);
        assertThat(outcome.effectsIgnored()).as("effects ignored").isFalse();
    }

    // SRD: reaction rolls generate no Hope and no Fear, trigger no GM move; a crit gives no Hope, clears no Stress,
    // but the roller ignores the effects
    @ParameterizedTest(name = "[{index}] reaction {0}/{1} vs {3}: {4} {5}")
    @CsvSource({
            " 9, 4, 2, 12, 15, SUCCESS_WITH_HOPE, false",
            " 4, 9, 2, 12, 15, SUCCESS_WITH_FEAR, false",
            " 5, 3, 1, 12,  9, FAILURE_WITH_HOPE, false",
            " 3, 5, 1, 12,  9, FAILURE_WITH_FEAR, false",
            " 7, 7, 0, 12, 14, CRITICAL_SUCCESS,  true",
            " 1, 1, 0, 20,  2, CRITICAL_SUCCESS,  true",
            " 2, 9, 0,   , 11, WITH_FEAR,         false",
            " 9, 2, 0,   , 11, WITH_HOPE,         false"})
    void reactionRollsGiveNoHopeFearStressSpotlightOrMove(int hope, int fear, int modifier, Integer difficulty,
                                                          int total, DualityResult result, boolean ignored) {
        DualityRolls.DualityOutcome outcome = roll(hope, fear, 0, null, modifier, difficulty, true);
        assertThat(outcome).isEqualTo(new DualityRolls.DualityOutcome(total, 0, result, 0, 0, 0, false, GmMove.NONE,
                ignored));
        assertThat(outcome.gmMakesMove()).isFalse();
    }

    @Test
    void theAdvantageDieIsReportedWithItsSign() {
        assertThat(roll(8, 3, 1, 5, 0, 15, false).advantage()).isEqualTo(5);
        assertThat(roll(8, 3, -2, 5, 0, 15, false).advantage()).isEqualTo(-5);
        assertThat(roll(8, 3, 0, null, 0, 15, false).advantage()).isZero();
    }

    @Test
    void resultsKnowHopeAndSuccess() {
        assertThat(DualityResult.CRITICAL_SUCCESS.withHope()).isTrue();
        assertThat(DualityResult.CRITICAL_SUCCESS.succeeded()).isTrue();
        assertThat(DualityResult.SUCCESS_WITH_FEAR.withHope()).isFalse();
        assertThat(DualityResult.FAILURE_WITH_HOPE.succeeded()).isFalse();
        assertThat(DualityResult.FAILURE_WITH_HOPE.resolved()).isTrue();
        assertThat(DualityResult.WITH_HOPE.resolved()).isFalse();
        assertThat(DualityResult.WITH_FEAR.succeeded()).isFalse();
    }

    @ParameterizedTest(name = "{0}/{1} adv {2} d6 {3}: {4}")
    @CsvSource({
            " 0,  5,  0,  , hope_die",
            "13,  5,  0,  , hope_die",
            " 5,  0,  0,  , fear_die",
            " 5, 13,  0,  , fear_die",
            " 5,  5,  1, 0, advantage_die",
            " 5,  5, -1, 7, advantage_die"})
    void diceOutsideTheirSidesAreRefused(int hope, int fear, int net, Integer d6, String field) {
        assertRefused(() -> new DualityRoll(hope, fear, net, d6, 0, 10, false), DAGGERHEART_DIE_OUT_OF_RANGE, field);
    }

    @Test
    void theAdvantageDieIsGivenExactlyWhenAdvantageAndDisadvantageDoNotCancel() {
        assertRefused(() -> new DualityRoll(5, 6, 0, 3, 0, 10, false), DAGGERHEART_ADVANTAGE_DIE_MISMATCH,
                "advantage_die");
        assertRefused(() -> new DualityRoll(5, 6, 1, null, 0, 10, false), DAGGERHEART_ADVANTAGE_DIE_MISMATCH,
                "advantage_die");
        assertRefused(() -> new DualityRoll(5, 6, -2, null, 0, 10, false), DAGGERHEART_ADVANTAGE_DIE_MISMATCH,
                "advantage_die");
    }

    @Test
    void modifierAndDifficultyHaveBounds() {
        assertRefused(() -> new DualityRoll(5, 6, 0, null, 101, 10, false), DAGGERHEART_MODIFIER_OUT_OF_RANGE,
                "modifier");
        assertRefused(() -> new DualityRoll(5, 6, 0, null, -101, 10, false), DAGGERHEART_MODIFIER_OUT_OF_RANGE,
                "modifier");
        assertRefused(() -> new DualityRoll(5, 6, 0, null, 0, 0, false), DAGGERHEART_DIFFICULTY_OUT_OF_RANGE,
                "difficulty");
        assertRefused(() -> new DualityRoll(5, 6, 0, null, 0, 101, false), DAGGERHEART_DIFFICULTY_OUT_OF_RANGE,
                "difficulty");
        assertThat(roll(5, 6, 0, null, 100, 100, false).result()).isEqualTo(DualityResult.SUCCESS_WITH_FEAR);
        assertThat(roll(5, 6, 0, null, -100, 1, false).result()).isEqualTo(DualityResult.FAILURE_WITH_FEAR);
        assertRefused(() -> DualityRolls.resolve(null), ValueRejection.VALUE_REQUIRED, "roll");
    }

    @Test
    void experiencesFeedTheModifier() {
        // Sailor +2 and Thief +3 on an Agility +1 roll: 2 Hope for +5, total modifier +6
        DualityRolls.ExperienceBonus bonus = DualityRolls.experienceBonus(
                java.util.List.of(new Experience("Sailor", 2), new Experience("Thief", 3)));
        DualityRolls.DualityOutcome outcome = roll(4, 3, 0, null, 1 + bonus.modifier(), 13, false);
        assertThat(bonus.hopeCost()).isEqualTo(2);
        assertThat(outcome.total()).isEqualTo(13);
        assertThat(outcome.result()).isEqualTo(DualityResult.SUCCESS_WITH_HOPE);
    }

    @Test
    void aRollIsWrittenWithSnakeCaseFieldsAndNoNulls() throws Exception {
        DualityRoll roll = new DualityRoll(9, 4, 0, null, 2, null, false);
        String json = JOURNAL.writeValueAsString(roll);
        assertThat(json).isEqualTo("{\"hope_die\":9,\"fear_die\":4,\"net_advantage\":0,\"modifier\":2,"
                + "\"reaction\":false}");
        assertThat(JOURNAL.readValue(json, DualityRoll.class)).isEqualTo(roll);
        String outcome = JOURNAL.writeValueAsString(DualityRolls.resolve(roll));
        assertThat(outcome).isEqualTo("{\"total\":15,\"advantage\":0,\"result\":\"with_hope\",\"hope_gained\":1,"
                + "\"stress_cleared\":0,\"fear_gained\":0,\"spotlight_to_gm\":false,\"gm_move\":\"none\","
                + "\"effects_ignored\":false}");
    }

    // SRD Death, Blaze of Glory: one final action that automatically critically succeeds (+1 Hope, clear 1 Stress as
    // any critical action roll); the dice still make the total
    @ParameterizedTest(name = "{0}+{1}: a critical success")
    @CsvSource({"9, 4, 13", "2, 11, 13", "1, 1, 2"})
    void aFinalActionCriticallySucceedsWhateverTheDice(int hope, int fear, int total) {
        DualityRolls.DualityOutcome outcome = DualityRolls.automaticCritical(new DualityRoll(hope, fear, 0, null, 0,
                20, false));

        assertThat(outcome).isEqualTo(new DualityRolls.DualityOutcome(total, 0, DualityResult.CRITICAL_SUCCESS, 1, 1,
                0, false, GmMove.NONE, false));
    }
}
