package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.ValueRejection;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import dev.duality.sys.daggerheart.gm.api.GmFear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_LEVEL_OUT_OF_RANGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DaggerheartRulesTest {

    // Typed in from the SRD "Rule → number" rows "Starting HP" and "Starting Evasion", not derived from the code.
    @ParameterizedTest(name = "{0}: HP {1}, Evasion {2}")
    @CsvSource({
            "BARD,     5, 10",
            "DRUID,    6, 10",
            "GUARDIAN, 7,  9",
            "RANGER,   6, 12",
            "ROGUE,    6, 12",
            "SERAPH,   7,  9",
            "SORCERER, 6, 10",
            "WARRIOR,  6, 11",
            "WIZARD,   5, 11"})
    void startingHpAndEvasionFollowTheClassTable(DaggerheartClass characterClass, int hp, int evasion) {
        assertThat(DaggerheartRules.startingHp(characterClass)).isEqualTo(hp);
        assertThat(DaggerheartRules.startingEvasion(characterClass)).isEqualTo(evasion);
    }

    @ParameterizedTest(name = "level {0}: {1}/{2}")
    @CsvSource({"1, 1, 2", "2, 2, 4", "5, 5, 10", "10, 10, 20"})
    void unarmoredThresholdsAreLevelAndTwiceLevel(int level, int major, int severe) {
        assertThat(DaggerheartRules.unarmoredThresholds(level)).isEqualTo(new DamageThresholds(major, severe));
    }

    @ParameterizedTest(name = "level {0} is tier {1}")
    @CsvSource({"1, 1", "2, 2", "4, 2", "5, 3", "7, 3", "8, 4", "10, 4"})
    void tierChangesAtTheSrdBoundaries(int level, int tier) {
        assertThat(DaggerheartRules.tier(level)).isEqualTo(tier);
    }

    @ParameterizedTest(name = "level {0}")
    @ValueSource(ints = {0, 11})
    void tierRejectsLevelsTheSrdDoesNotDefine(int level) {
        assertThatThrownBy(() -> DaggerheartRules.tier(level))
                .isInstanceOfSatisfying(Rejected.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo(DAGGERHEART_LEVEL_OUT_OF_RANGE);
                    assertThat(rejected.field()).isEqualTo("level");
                });
    }

    // SRD "Proficiency = 1, then +1 at levels 2, 5, 8": one row per level, typed in
    @ParameterizedTest(name = "level {0}: Proficiency {1}")
    @CsvSource({"1, 1", "2, 2", "3, 2", "4, 2", "5, 3", "6, 3", "7, 3", "8, 4", "9, 4", "10, 4"})
    void proficiencyStartsAtOneAndRisesAtLevelsTwoFiveAndEight(int level, int proficiency) {
        assertThat(DaggerheartRules.proficiency(level)).isEqualTo(proficiency);
    }

    @Test
    void levelOneProficiencyIsTheStartingProficiency() {
        assertThat(DaggerheartRules.proficiency(DaggerheartRules.STARTING_LEVEL))
                .isEqualTo(DaggerheartRules.STARTING_PROFICIENCY).isEqualTo(1);
    }

    @ParameterizedTest(name = "level {0}")
    @ValueSource(ints = {0, 11, -1})
    void proficiencyRejectsLevelsTheSrdDoesNotDefine(int level) {
        assertThatThrownBy(() -> DaggerheartRules.proficiency(level))
                .isInstanceOfSatisfying(Rejected.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo(DAGGERHEART_LEVEL_OUT_OF_RANGE);
                    assertThat(rejected.field()).isEqualTo("level");
                });
    }

    @ParameterizedTest(name = "level {0}")
    @ValueSource(ints = {0, 11})
    void thresholdsRejectLevelsTheSrdDoesNotDefine(int level) {
        assertThatThrownBy(() -> DaggerheartRules.unarmoredThresholds(level))
                .isInstanceOfSatisfying(Rejected.class,
                        rejected -> assertThat(rejected.code()).isEqualTo(DAGGERHEART_LEVEL_OUT_OF_RANGE));
    }

    // SRD "Rule -> number": "Fear: GM start / max = 1 per PC / 12"; typed in, not derived from the code.
    @ParameterizedTest(name = "{0} PCs: {1} Fear")
    @CsvSource({"0, 0", "1, 1", "4, 4", "5, 5", "11, 11", "12, 12", "13, 12", "20, 12"})
    void theGmStartsWithOneFearPerPcAndAtMostTwelve(int playerCharacters, int fear) {
        assertThat(DaggerheartRules.startingGmFear(playerCharacters)).isEqualTo(GmFear.of(fear, "gm_fear"));
    }

    @Test
    void theFearPoolHoldsZeroToTwelve() {
        assertThat(DaggerheartRules.GM_FEAR_MIN).isZero();
        assertThat(DaggerheartRules.GM_FEAR_MAX).isEqualTo(12);
    }

    @Test
    void aNegativeNumberOfPcsSeedsNothing() {
        assertThatThrownBy(() -> DaggerheartRules.startingGmFear(-1))
                .isInstanceOfSatisfying(Rejected.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo(ValueRejection.VALUE_OUT_OF_RANGE);
                    assertThat(rejected.field()).isEqualTo("player_character_count");
                });
    }

    // SRD Leveling Up: tier achievements at levels 2, 5 and 8; trait marks clear at 5 and 8
    @ParameterizedTest(name = "level {0}: tier entry {1}, marks cleared {2}")
    @CsvSource({"1, false, false", "2, true, false", "3, false, false", "4, false, false", "5, true, true",
            "6, false, false", "7, false, false", "8, true, true", "9, false, false", "10, false, false"})
    void tierAchievementsComeAtLevelsTwoFiveAndEight(int level, boolean entry, boolean clearsMarks) {
        assertThat(DaggerheartRules.isTierEntry(level)).isEqualTo(entry);
        assertThat(DaggerheartRules.clearsTraitMarks(level)).isEqualTo(clearsMarks);
    }

    // the level-up sheet's extra domain card: "up to level 4" in tier 2's column, "up to level 7" in tier 3's
    @ParameterizedTest(name = "tier {0} ends at level {1}")
    @CsvSource({"1, 1", "2, 4", "3, 7", "4, 10"})
    void eachTierEndsAtItsLastLevel(int tier, int lastLevel) {
        assertThat(DaggerheartRules.lastLevelOfTier(tier)).isEqualTo(lastLevel);
    }

    // SRD Multiclassing: cards of the multiclass domain up to half the level, rounded up
    @ParameterizedTest(name = "level {0}: multiclass cards up to level {1}")
    @CsvSource({"5, 3", "6, 3", "7, 4", "8, 4", "9, 5", "10, 5"})
    void multiclassCardsGoUpToHalfTheLevelRoundedUp(int level, int cardLevel) {
        assertThat(DaggerheartRules.multiclassCardLevel(level)).isEqualTo(cardLevel);
    }
}
