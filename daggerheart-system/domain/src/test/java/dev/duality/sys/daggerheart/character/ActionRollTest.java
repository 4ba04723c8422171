package dev.duality.sys.daggerheart.character;

import dev.duality.core.campaign.api.Name;
import dev.duality.sys.daggerheart.DaggerheartRejection;
import dev.duality.core.testing.FakeAggregateLookup;
import dev.duality.sys.daggerheart.character.api.Equipment;
import dev.duality.sys.daggerheart.character.api.LifeState;
import dev.duality.sys.daggerheart.roll.api.ActionRollResolved;
import dev.duality.sys.daggerheart.roll.api.RecordActionRoll;
import dev.duality.sys.daggerheart.rules.ArmorPreset;
import dev.duality.sys.daggerheart.rules.CreationStep;
import dev.duality.sys.daggerheart.rules.DualityResult;
import dev.duality.sys.daggerheart.rules.GmMove;
import dev.duality.sys.daggerheart.rules.Trait;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static dev.duality.core.testing.Rejections.assertRefused;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CHARACTER_CANNOT_ACT;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_EXPERIENCE_NOT_HELD;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_EXPERIENCE_USED_TWICE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_HOPE_INSUFFICIENT;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_MODIFIER_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.character.Sheets.CAMPAIGN;
import static dev.duality.sys.daggerheart.character.Sheets.HERO;
import static dev.duality.sys.daggerheart.character.Sheets.SESSION;
import static dev.duality.sys.daggerheart.character.Sheets.guardian;
import static dev.duality.sys.daggerheart.character.Sheets.state;
import static dev.duality.sys.daggerheart.character.Sheets.withTraitsAndExperiences;
import static dev.duality.sys.daggerheart.character.api.LifeState.ALIVE;
import static dev.duality.sys.daggerheart.rules.DualityResult.SUCCESS_WITH_HOPE;
import static dev.duality.sys.daggerheart.rules.GmMove.NONE;
import static dev.duality.sys.daggerheart.rules.Trait.AGILITY;
import static dev.duality.sys.daggerheart.rules.Trait.STRENGTH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sys.daggerheart.action_roll.record}: the sheet reads Duality Dice the session rolled. The roller is the
 * level-1 Guardian of {@link Sheets}: Agility +1, Strength +2, Knowledge -1; Experiences Bodyguard +2 and Shieldwall
 * Veteran +2; 2 Hope. Totals are Hope die + Fear die + the advantage d6 + trait + Experiences + modifier.
 */
class ActionRollTest {
    private static final long ROLL = 5L;

    private final FixtureConfiguration<DaggerheartCharacter> fixture = Sheets.fixture(new FakeAggregateLookup());

    // SRD action roll results: critical when the dice match (any total; +1 Hope, clear 1 Stress); success when the
    // total >= Difficulty; with Hope (+1 Hope) when the Hope die is higher, with Fear (GM +1 Fear) when the Fear die
    // is; the spotlight goes to the GM on a failure or with Fear; GM response: minor move on a success with Fear or a
    // failure with Hope, major move on a failure with Fear. Strength +2, Difficulty 15 (blank: none).
    @ParameterizedTest(name = "{0}+{1} vs {2}: {4}")
    @CsvSource({
            " 7,  7, 15, 16, CRITICAL_SUCCESS,  1, 1, 0, false, NONE",
            " 2,  2, 15,  6, CRITICAL_SUCCESS,  1, 1, 0, false, NONE",
            "12, 12,   , 26, CRITICAL_SUCCESS,  1, 1, 0, false, NONE",
            " 9,  4, 15, 15, SUCCESS_WITH_HOPE, 1, 0, 0, false, NONE",
            "12,  1, 15, 15, SUCCESS_WITH_HOPE, 1, 0, 0, false, NONE",
            " 4,  9, 15, 15, SUCCESS_WITH_FEAR, 0, 0, 1, true,  MINOR",
            " 8,  3, 15, 13, FAILURE_WITH_HOPE, 1, 0, 0, true,  MINOR",
            " 3,  8, 15, 13, FAILURE_WITH_FEAR, 0, 0, 1, true,  MAJOR",
            " 1, 12, 16, 15, FAILURE_WITH_FEAR, 0, 0, 1, true,  MAJOR",
            " 8,  3,   , 13, WITH_HOPE,         1, 0, 0, false, NONE",
            " 3,  8,   , 13, WITH_FEAR,         0, 0, 1, true,  MINOR"})
    void theDiceAreReadOffTheResultsTable(int hopeDie, int fearDie, Integer difficulty, int total,
                                          DualityResult result, int hopeGained, int stressCleared, int fearGained,
                                          boolean spotlightToGm, GmMove gmMove) {
        ActionRollResolved resolved = new ActionRollResolved(CAMPAIGN, HERO, SESSION, ROLL, STRENGTH, 2, List.of(), 0,
                0, hopeDie, fearDie, 0, difficulty, false, total, result, hopeGained, stressCleared, fearGained,
                spotlightToGm, gmMove, false, 0, 2);
        fixture.given(guardian(), withTraitsAndExperiences())
                .when(roll(STRENGTH, 0, List.of(), hopeDie, fearDie, 0, null, difficulty, false))
                .expectEvents(resolved)
                .expectResultMessagePayload(resolved)
                .expectState(sheet -> assertThat(sheet.roll(ROLL)).contains(resolved));
    }

    // SRD reaction rolls: no Hope, no Fear, no GM move or spotlight change; a critical reaction ignores the effects
    @ParameterizedTest(name = "{0}+{1}: {3}")
    @CsvSource({
            " 6,  6, 14, CRITICAL_SUCCESS,  true",
            " 9,  4, 15, SUCCESS_WITH_HOPE, false",
            " 4,  9, 15, SUCCESS_WITH_FEAR, false",
            " 8,  3, 13, FAILURE_WITH_HOPE, false",
            " 3,  8, 13, FAILURE_WITH_FEAR, false"})
    void reactionRollsGiveNoHopeAndNoFear(int hopeDie, int fearDie, int total, DualityResult result,
                                          boolean effectsIgnored) {
        fixture.given(guardian(), withTraitsAndExperiences())
                .when(roll(STRENGTH, 0, List.of(), hopeDie, fearDie, 0, null, 15, true))
                .expectEvents(new ActionRollResolved(CAMPAIGN, HERO, SESSION, ROLL, STRENGTH, 2, List.of(), 0, 0,
                        hopeDie, fearDie, 0, 15, true, total, result, 0, 0, 0, false, NONE, effectsIgnored, 0, 2));
    }

    // --- what is added --------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource({"AGILITY, 1, 14", "STRENGTH, 2, 15", "FINESSE, 0, 13", "KNOWLEDGE, -1, 12"})
    void theTraitsScoreIsAdded(Trait trait, int score, int total) {
        // Hope 9 + Fear 4 = 13, + the trait
        fixture.given(guardian(), withTraitsAndExperiences())
                .when(roll(trait, 0, List.of(), 9, 4, 0, null, 14, false))
                .expectEvents(resolved(trait, score, List.of(), 0, 0, 9, 4, 0, 14, total,
                        total >= 14 ? SUCCESS_WITH_HOPE : DualityResult.FAILURE_WITH_HOPE, 0, 2));
    }

    @Test
    void fullPlateLowersAgilityByOne() {
        // SRD armor table: Full Plate -2 Evasion, -1 Agility; Agility +1 becomes 0
        Equipment fullPlate = new Equipment(ArmorPreset.FULL_PLATE.armor(), new Name("Longsword"), null);
        fixture.given(guardian(), withTraitsAndExperiences(),
                        Sheets.profileUpdated().equipment(fullPlate).thresholds(9, 18).armorScore(4).evasion(7)
                                .steps(CreationStep.TRAITS, CreationStep.EXPERIENCES, CreationStep.EQUIPMENT).build())
                .when(roll(AGILITY, 0, List.of(), 9, 4, 0, null, 14, false))
                .expectEvents(resolved(AGILITY, 0, List.of(), 0, 0, 9, 4, 0, 14, 13,
                        DualityResult.FAILURE_WITH_HOPE, 0, 2));
    }

    @Test
    void fullPlateLeavesOtherTraitsAlone() {
        Equipment fullPlate = new Equipment(ArmorPreset.FULL_PLATE.armor(), new Name("Longsword"), null);
        fixture.given(guardian(), withTraitsAndExperiences(),
                        Sheets.profileUpdated().equipment(fullPlate).thresholds(9, 18).armorScore(4).evasion(7)
                                .steps(CreationStep.TRAITS, CreationStep.EXPERIENCES, CreationStep.EQUIPMENT).build())
                .when(roll(STRENGTH, 0, List.of(), 9, 4, 0, null, 14, false))
                .expectEvents(resolved(STRENGTH, 2, List.of(), 0, 0, 9, 4, 0, 14, 15, SUCCESS_WITH_HOPE, 0, 2));
    }

    @Test
    void aRollWithoutATraitAddsNone() {
        fixture.given(guardian(), withTraitsAndExperiences())
                .when(roll(null, 0, List.of(), 9, 4, 0, null, 14, false))
                .expectEvents(resolved(null, 0, List.of(), 0, 0, 9, 4, 0, 14, 13, DualityResult.FAILURE_WITH_HOPE,
                        0, 2));
    }

    @Test
    void traitsNotYetAssignedAddNothing() {
        fixture.given(guardian())
                .when(roll(STRENGTH, 0, List.of(), 9, 4, 0, null, 14, false))
                .expectEvents(resolved(STRENGTH, 0, List.of(), 0, 0, 9, 4, 0, 14, 13,
                        DualityResult.FAILURE_WITH_HOPE, 0, 2));
    }

    @Test
    void otherModifiersAreAddedAndRecorded() {
        fixture.given(guardian(), withTraitsAndExperiences())
                .when(roll(STRENGTH, -3, List.of(), 9, 4, 0, null, 14, false))
                .expectEvents(resolved(STRENGTH, 2, List.of(), 0, -3, 9, 4, 0, 14, 12,
                        DualityResult.FAILURE_WITH_HOPE, 0, 2));
    }

    // SRD advantage / disadvantage: +d6 / -d6, what is left after they cancel
    @ParameterizedTest(name = "net {0}, d6 {1}")
    @CsvSource({"1, 4, 4, 19", "3, 6, 6, 21", "-1, 5, -5, 10", "-2, 2, -2, 13"})
    void theAdvantageDieIsAddedOrTakenAway(int netAdvantage, int die, int added, int total) {
        // Hope 9 + Fear 4 + Strength 2 = 15, +/- the d6
        fixture.given(guardian(), withTraitsAndExperiences())
                .when(roll(STRENGTH, 0, List.of(), 9, 4, netAdvantage, die, 15, false))
                .expectEvents(resolved(STRENGTH, 2, List.of(), 0, 0, 9, 4, added, 15, total,
                        total >= 15 ? SUCCESS_WITH_HOPE : DualityResult.FAILURE_WITH_HOPE, 0, 2));
    }

    // --- Experiences ----------------------------------------------------------------------------------------------

    @Test
    void anExperienceCostsOneHopeAndAddsItsModifier() {
        // Rule -> number, "Experience": 1 Hope each; Bodyguard +2. 9 + 4 + 2 + 2 = 17; 2 Hope - 1 = 1
        fixture.given(guardian(), withTraitsAndExperiences())
                .when(roll(STRENGTH, 0, List.of("Bodyguard"), 9, 4, 0, null, 17, false))
                .expectEvents(resolved(STRENGTH, 2, List.of("Bodyguard"), 2, 0, 9, 4, 0, 17, 17, SUCCESS_WITH_HOPE,
                        1, 1))
                .expectState(sheet -> assertThat(sheet.hope()).isEqualTo(1));
    }

    @Test
    void severalExperiencesCostOneHopeEach() {
        // 9 + 4 + 2 + 2 + 2 = 19; 2 Hope - 2 = 0
        fixture.given(guardian(), withTraitsAndExperiences())
                .when(roll(STRENGTH, 0, List.of("Bodyguard", "Shieldwall Veteran"), 9, 4, 0, null, 18, false))
                .expectEvents(resolved(STRENGTH, 2, List.of("Bodyguard", "Shieldwall Veteran"), 4, 0, 9, 4, 0, 18,
                        19, SUCCESS_WITH_HOPE, 2, 0))
                .expectState(sheet -> assertThat(sheet.hope()).isZero());
    }

    @Test
    void experiencesAreNamedIgnoringCaseAndRecordedAsWritten() {
        fixture.given(guardian(), withTraitsAndExperiences())
                .when(roll(STRENGTH, 0, List.of("shieldwall veteran"), 9, 4, 0, null, 17, false))
                .expectEvents(resolved(STRENGTH, 2, List.of("Shieldwall Veteran"), 2, 0, 9, 4, 0, 17, 17,
                        SUCCESS_WITH_HOPE, 1, 1));
    }

    @Test
    void aReactionRollMayUseAnExperienceToo() {
        // SRD September-9 changelog: a Hope buys an Experience on an action or reaction roll
        fixture.given(guardian(), withTraitsAndExperiences())
                .when(roll(STRENGTH, 0, List.of("Bodyguard"), 3, 8, 0, null, 15, true))
                .expectEvents(new ActionRollResolved(CAMPAIGN, HERO, SESSION, ROLL, STRENGTH, 2, List.of("Bodyguard"),
                        2, 0, 3, 8, 0, 15, true, 15, DualityResult.SUCCESS_WITH_FEAR, 0, 0, 0, false, NONE, false, 1,
                        1));
    }

    @Test
    void anExperienceTheCharacterDoesNotHaveIsRefusedNamingIt() {
        assertRefused(fixture.given(guardian(), withTraitsAndExperiences())
                        .when(roll(STRENGTH, 0, List.of("Bodyguard", "Sailor"), 9, 4, 0, null, 15, false)),
                DAGGERHEART_EXPERIENCE_NOT_HELD, "experiences[1]");
    }

    @Test
    void aCharacterWithoutExperiencesHasNoneToUse() {
        assertRefused(fixture.given(guardian())
                        .when(roll(STRENGTH, 0, List.of("Bodyguard"), 9, 4, 0, null, 15, false)),
                DAGGERHEART_EXPERIENCE_NOT_HELD, "experiences[0]");
    }

    @Test
    void theSameExperienceTwiceIsRefused() {
        assertRefused(fixture.given(guardian(), withTraitsAndExperiences())
                        .when(roll(STRENGTH, 0, List.of("Bodyguard", "BODYGUARD"), 9, 4, 0, null, 15, false)),
                DAGGERHEART_EXPERIENCE_USED_TWICE, "experiences");
    }

    @Test
    void experiencesNeedAHopeEach() {
        assertRefused(fixture.given(guardian(), withTraitsAndExperiences(), state(0, 0, 1, 0, ALIVE))
                        .when(roll(STRENGTH, 0, List.of("Bodyguard", "Shieldwall Veteran"), 9, 4, 0, null, 15,
                                false)),
                DAGGERHEART_HOPE_INSUFFICIENT, "experiences");
    }

    @Test
    void hopePaidOnAnEarlierRollIsGone() {
        // the first roll spent both Hope on Experiences (its outcome, +1 Hope, is not applied yet)
        assertRefused(fixture.given(guardian(), withTraitsAndExperiences(),
                                resolved(STRENGTH, 2, List.of("Bodyguard", "Shieldwall Veteran"), 4, 0, 9, 4, 0, 18,
                                        19, SUCCESS_WITH_HOPE, 2, 0))
                        .when(new RecordActionRoll(CAMPAIGN, HERO, SESSION, ROLL + 1, STRENGTH, 0,
                                List.of("Bodyguard"), 9, 4, 0, null, 15, false)),
                DAGGERHEART_HOPE_INSUFFICIENT, "experiences");
    }

    // --- who may roll ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = LifeState.class, names = {"ALIVE", "BLAZE_OF_GLORY"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyACharacterWhoIsUpCanRoll(LifeState life) {
        // a Blaze of Glory's final action is DeathMoveTest's
        assertRefused(fixture.given(guardian(), withTraitsAndExperiences(), state(7, 0, 2, 0, life))
                        .when(roll(STRENGTH, 0, List.of(), 9, 4, 0, null, 15, false)),
                DAGGERHEART_CHARACTER_CANNOT_ACT, null);
    }

    // --- the dice as recorded -------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Hope d12 at 13,                 13,  4,  0,  , 15, DAGGERHEART_DIE_OUT_OF_RANGE,       hope_die",
            "Hope d12 at 0,                   0,  4,  0,  , 15, DAGGERHEART_DIE_OUT_OF_RANGE,       hope_die",
            "Fear d12 at 13,                  9, 13,  0,  , 15, DAGGERHEART_DIE_OUT_OF_RANGE,       fear_die",
            "d6 at 7,                         9,  4,  1, 7, 15, DAGGERHEART_DIE_OUT_OF_RANGE,       advantage_die",
            "advantage without its d6,        9,  4,  1,  , 15, DAGGERHEART_ADVANTAGE_DIE_MISMATCH, advantage_die",
            "a d6 without advantage,          9,  4,  0, 3, 15, DAGGERHEART_ADVANTAGE_DIE_MISMATCH, advantage_die",
            "Difficulty 0,                    9,  4,  0,  ,  0, DAGGERHEART_DIFFICULTY_OUT_OF_RANGE, difficulty",
            "Difficulty 101,                  9,  4,  0,  , 101, DAGGERHEART_DIFFICULTY_OUT_OF_RANGE, difficulty"})
    void diceAndDifficultyOutsideTheirRangeAreRefused(String why, int hopeDie, int fearDie, int netAdvantage,
                                                      Integer advantageDie, int difficulty,
                                                      DaggerheartRejection code,
                                                      String field) {
        assertRefused(fixture.given(guardian(), withTraitsAndExperiences())
                        .when(roll(STRENGTH, 0, List.of(), hopeDie, fearDie, netAdvantage, advantageDie, difficulty,
                                false)),
                code, field);
    }

    @Test
    void aModifierSumPast100IsRefused() {
        // Strength +2 and a modifier of 99 make 101
        assertRefused(fixture.given(guardian(), withTraitsAndExperiences())
                        .when(roll(STRENGTH, 99, List.of(), 9, 4, 0, null, 15, false)),
                DAGGERHEART_MODIFIER_OUT_OF_RANGE, "modifier");
    }

    private static RecordActionRoll roll(Trait trait, int modifier, List<String> experiences, int hopeDie,
                                         int fearDie, int netAdvantage, Integer advantageDie, Integer difficulty,
                                         boolean reaction) {
        return new RecordActionRoll(CAMPAIGN, HERO, SESSION, ROLL, trait, modifier, experiences, hopeDie, fearDie,
                netAdvantage, advantageDie, difficulty, reaction);
    }

    /** An action roll's event with the Hope outcome of its result (a success or failure with Hope: +1 Hope). */
    private static ActionRollResolved resolved(Trait trait, int traitScore, List<String> experiences,
                                               int experienceBonus, int modifier, int hopeDie, int fearDie,
                                               int advantage, int difficulty, int total, DualityResult result,
                                               int hopeSpent, int hopeAfter) {
        boolean success = result == SUCCESS_WITH_HOPE;
        return new ActionRollResolved(CAMPAIGN, HERO, SESSION, ROLL, trait, traitScore, experiences, experienceBonus,
                modifier, hopeDie, fearDie, advantage, difficulty, false, total, result, 1, 0, 0, !success,
                success ? NONE : GmMove.MINOR, false, hopeSpent, hopeAfter);
    }
}
