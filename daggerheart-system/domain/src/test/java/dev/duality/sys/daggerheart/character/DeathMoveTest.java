package dev.duality.sys.daggerheart.character;

import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.testing.FakeAggregateLookup;
import dev.duality.sys.daggerheart.character.api.ApplyDamage;
import dev.duality.sys.daggerheart.character.api.CharacterStatePatched;
import dev.duality.sys.daggerheart.character.api.DamageApplied;
import dev.duality.sys.daggerheart.character.api.DeathMoveResolved;
import dev.duality.sys.daggerheart.character.api.LifeState;
import dev.duality.sys.daggerheart.character.api.PatchCharacterState;
import dev.duality.sys.daggerheart.character.api.RecordDeathMove;
import dev.duality.sys.daggerheart.character.api.SpendStress;
import dev.duality.sys.daggerheart.character.api.WakeCharacter;
import dev.duality.sys.daggerheart.roll.api.ActionRollResolved;
import dev.duality.sys.daggerheart.roll.api.RecordActionRoll;
import dev.duality.sys.daggerheart.rules.ArmorSlotUse;
import dev.duality.sys.daggerheart.rules.Condition;
import dev.duality.sys.daggerheart.rules.ConditionSet;
import dev.duality.sys.daggerheart.rules.DamageType;
import dev.duality.sys.daggerheart.rules.DeathMove;
import dev.duality.sys.daggerheart.rules.DeathMoves;
import dev.duality.sys.daggerheart.rules.DualityResult;
import dev.duality.sys.daggerheart.rules.GmMove;
import dev.duality.sys.daggerheart.rules.Severity;
import dev.duality.sys.daggerheart.rules.Trait;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Set;

import static dev.duality.core.testing.Rejections.assertRefused;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CHARACTER_CANNOT_ACT;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CHARACTER_NOT_FALLEN;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DIE_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.character.Sheets.CAMPAIGN;
import static dev.duality.sys.daggerheart.character.Sheets.HERO;
import static dev.duality.sys.daggerheart.character.Sheets.SESSION;
import static dev.duality.sys.daggerheart.character.Sheets.guardian;
import static dev.duality.sys.daggerheart.character.Sheets.inLeather;
import static dev.duality.sys.daggerheart.character.Sheets.state;
import static dev.duality.sys.daggerheart.character.Sheets.withTraitsAndExperiences;
import static dev.duality.sys.daggerheart.character.api.LifeState.ALIVE;
import static dev.duality.sys.daggerheart.character.api.LifeState.DEAD;
import static dev.duality.sys.daggerheart.character.api.LifeState.FALLEN;
import static dev.duality.sys.daggerheart.character.api.LifeState.UNCONSCIOUS;
import static dev.duality.sys.daggerheart.rules.DeathMove.AVOID_DEATH;
import static dev.duality.sys.daggerheart.rules.DeathMove.BLAZE_OF_GLORY;
import static dev.duality.sys.daggerheart.rules.DeathMove.RISK_IT_ALL;

/**
 * {@code sys.daggerheart.death_move.record}, the final action of a Blaze of Glory and waking up. SRD Death: a PC who
 * marks their last HP falls and chooses Blaze of Glory, Avoid Death or Risk It All. The level-1 Guardian has fallen
 * with all 7 HP marked, 2 of 6 Stress marked and 3 Hope of 6.
 */
class DeathMoveTest {
    private static final long ROLL = 4L;
    private static final ConditionSet NONE = ConditionSet.NONE;

    private final FixtureConfiguration<DaggerheartCharacter> fixture = Sheets.fixture(new FakeAggregateLookup());

    private static CharacterStatePatched fallen() {
        return state(7, 2, 3, 0, FALLEN);
    }

    private static RecordDeathMove move(DeathMove move, Integer hopeDie, Integer fearDie) {
        return move(move, hopeDie, fearDie, DeathMoves.RiskItAllSplit.HP_FIRST);
    }

    private static RecordDeathMove move(DeathMove move, Integer hopeDie, Integer fearDie,
                                        DeathMoves.RiskItAllSplit split) {
        return new RecordDeathMove(CAMPAIGN, HERO, SESSION, move == BLAZE_OF_GLORY ? null : ROLL, move, hopeDie,
                fearDie, split);
    }

    private static DeathMoveResolved resolved(DeathMove move, Integer hopeDie, Integer fearDie, boolean scar,
                                              int hpCleared, int stressCleared, int hpMarked, int stressMarked,
                                              int hope, int hopeMax, LifeState life) {
        return new DeathMoveResolved(CAMPAIGN, HERO, SESSION, move == BLAZE_OF_GLORY ? null : ROLL, move, hopeDie,
                fearDie, 1, scar, hpCleared, stressCleared, hpMarked, stressMarked, hope, hopeMax, life, NONE);
    }

    // --- Blaze of Glory ---------------------------------------------------------------------------------------------

    @Test
    void blazeOfGloryLeavesTheFinalAction() {
        DeathMoveResolved blaze = resolved(BLAZE_OF_GLORY, null, null, false, 0, 0, 7, 2, 3, 6, LifeState.BLAZE_OF_GLORY);
        fixture.given(guardian(), inLeather(), fallen())
                .when(move(BLAZE_OF_GLORY, null, null))
                .expectEvents(blaze)
                .expectResultMessagePayload(blaze)
                .expectState(sheet -> org.assertj.core.api.Assertions.assertThat(sheet.lifeState())
                        .isEqualTo(LifeState.BLAZE_OF_GLORY));
    }

    @Test
    void theFinalActionCriticallySucceedsWhateverTheDiceAndThenTheCharacterDies() {
        // Strength +2 with Hope 4 and Fear 9 against 15: a failure with Fear if rolled normally; here a critical
        // success (SRD: one final action that automatically critically succeeds): +1 Hope, clear 1 Stress, no Fear
        ActionRollResolved critical = new ActionRollResolved(CAMPAIGN, HERO, SESSION, 9L, Trait.STRENGTH, 2, List.of(),
                0, 0, 4, 9, 0, 15, false, 15, DualityResult.CRITICAL_SUCCESS, 1, 1, 0, false, GmMove.NONE, false, 0,
                3);
        fixture.given(guardian(), withTraitsAndExperiences(), inLeather(), fallen(),
                        resolved(BLAZE_OF_GLORY, null, null, false, 0, 0, 7, 2, 3, 6, LifeState.BLAZE_OF_GLORY))
                .when(new RecordActionRoll(CAMPAIGN, HERO, SESSION, 9L, Trait.STRENGTH, 0, List.of(), 4, 9, 0, null,
                        15, false))
                .expectEvents(critical, new CharacterStatePatched(CAMPAIGN, HERO, 7, 2, 3, 6, 0, DEAD, NONE,
                        CharacterStatePatched.BLAZE_OF_GLORY, null, 9L))
                .expectState(sheet -> org.assertj.core.api.Assertions.assertThat(sheet.lifeState()).isEqualTo(DEAD));
    }

    @Test
    void theFinalActionIsAnActionNotAReaction() {
        assertRefused(fixture.given(guardian(), withTraitsAndExperiences(), inLeather(), fallen(),
                        resolved(BLAZE_OF_GLORY, null, null, false, 0, 0, 7, 2, 3, 6, LifeState.BLAZE_OF_GLORY))
                        .when(new RecordActionRoll(CAMPAIGN, HERO, SESSION, 9L, Trait.STRENGTH, 0, List.of(), 4, 9, 0,
                                null, 15, true)),
                DAGGERHEART_CHARACTER_CANNOT_ACT, null);
    }

    // --- Avoid Death --------------------------------------------------------------------------------------------

    @Test
    void avoidingDeathAboveTheLevelFallsUnconsciousWithoutAScar() {
        fixture.given(guardian(), inLeather(), fallen())
                .when(move(AVOID_DEATH, 2, null))
                .expectEvents(resolved(AVOID_DEATH, 2, null, false, 0, 0, 7, 2, 3, 6, UNCONSCIOUS));
    }

    @Test
    void aHopeDieAtOrBelowTheLevelTakesAScar() {
        // level 1, Hope die 1: one Hope slot crossed out for good, Hope max 6 -> 5; the 3 Hope held fit
        fixture.given(guardian(), inLeather(), fallen())
                .when(move(AVOID_DEATH, 1, null))
                .expectEvents(resolved(AVOID_DEATH, 1, null, true, 0, 0, 7, 2, 3, 5, UNCONSCIOUS));
    }

    @Test
    void losingTheLastHopeSlotEndsTheStory() {
        // five scars already: Hope max 1; the sixth crosses out the last slot
        CharacterStatePatched fiveScars = new CharacterStatePatched(CAMPAIGN, HERO, 7, 2, 1, 1, 0, FALLEN, NONE, null,
                null, null);
        fixture.given(guardian(), inLeather(), fiveScars)
                .when(move(AVOID_DEATH, 1, null))
                .expectEvents(resolved(AVOID_DEATH, 1, null, true, 0, 0, 7, 2, 0, 0, DEAD));
    }

    // --- Risk It All --------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "Hope {0}, Fear {1}, clear_hp {2}, clear_stress {3}")
    @CsvSource({
            // Hope higher: HP and Stress totalling at most the Hope die, HP first unless the player says otherwise
            " 8, 3,  ,  , 7, 1, 0, 1, ALIVE",
            "12, 3,  ,  , 7, 2, 0, 0, ALIVE",
            " 5, 3,  ,  , 5, 0, 2, 2, ALIVE",
            " 5, 3,  , 2, 3, 2, 4, 0, ALIVE",
            " 5, 3, 1, 1, 4, 1, 3, 1, ALIVE",
            // Fear higher: death; a tie: stays up, nothing cleared
            " 3, 8,  ,  , 0, 0, 7, 2, DEAD",
            " 6, 6,  ,  , 0, 0, 7, 2, ALIVE"})
    void riskItAllIsDecidedByTheDualityDice(int hopeDie, int fearDie, Integer clearHp, Integer clearStress,
                                            int hpCleared, int stressCleared, int hpMarked, int stressMarked,
                                            LifeState life) {
        fixture.given(guardian(), inLeather(), fallen())
                .when(move(RISK_IT_ALL, hopeDie, fearDie, new DeathMoves.RiskItAllSplit(clearHp, clearStress)))
                .expectEvents(resolved(RISK_IT_ALL, hopeDie, fearDie, false, hpCleared, stressCleared, hpMarked,
                        stressMarked, 3, 6, life));
    }

    @Test
    void clearingStressEndsVulnerableFromAFullStressTrack() {
        CharacterStatePatched fullStress = new CharacterStatePatched(CAMPAIGN, HERO, 7, 6, 3, 6, 0, FALLEN,
                new ConditionSet(List.of(Condition.VULNERABLE)), null, null, null);
        fixture.given(guardian(), inLeather(), state(6, 5, 3, 0, ALIVE), fullStress)
                .when(move(RISK_IT_ALL, 10, 2))
                // 7 HP, then 3 Stress: the track is no longer full
                .expectEvents(resolved(RISK_IT_ALL, 10, 2, false, 7, 3, 0, 3, 3, 6, ALIVE));
    }

    @Test
    void afterATieTheCharacterStaysUpWithEveryHpMarkedUntilSomethingMarksHpAgain() {
        DeathMoveResolved tie = resolved(RISK_IT_ALL, 6, 6, false, 0, 0, 7, 2, 3, 6, ALIVE);
        ShortCode reason = new ShortCode("feature_cost");
        // marking Stress that fits marks no HP: still up
        fixture.given(guardian(), inLeather(), fallen(), tie)
                .when(new SpendStress(CAMPAIGN, HERO, 1, reason))
                .expectEvents(new CharacterStatePatched(CAMPAIGN, HERO, 7, 3, 3, 6, 0, ALIVE, NONE,
                        CharacterStatePatched.STRESS_SPEND, reason, null));
        // damage that would mark HP: they fall again
        fixture.given(guardian(), inLeather(), fallen(), tie)
                .when(new ApplyDamage(CAMPAIGN, HERO, 3, Set.of(DamageType.PHYSICAL), null, null, false, false, null,
                        null, null))
                .expectEvents(new DamageApplied(CAMPAIGN, HERO, 3, Set.of(DamageType.PHYSICAL), 3, Severity.MINOR,
                        Severity.MINOR, 0, 0, ArmorSlotUse.NOT_REQUESTED, false, false, false, false, 7, 14, 7, 2, 0,
                        false, FALLEN, null, null, null));
    }

    // --- who makes a death move ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = LifeState.class, names = "FALLEN", mode = EnumSource.Mode.EXCLUDE)
    void onlyAFallenCharacterMakesADeathMove(LifeState life) {
        assertRefused(fixture.given(guardian(), inLeather(), state(7, 2, 3, 0, life))
                        .when(move(AVOID_DEATH, 5, null)),
                DAGGERHEART_CHARACTER_NOT_FALLEN, "character_id");
    }

    @Test
    void aSecondDeathMoveIsRefused() {
        assertRefused(fixture.given(guardian(), inLeather(), fallen(),
                        resolved(AVOID_DEATH, 2, null, false, 0, 0, 7, 2, 3, 6, UNCONSCIOUS))
                        .when(move(RISK_IT_ALL, 9, 2)),
                DAGGERHEART_CHARACTER_NOT_FALLEN, "character_id");
    }

    @Test
    void theDiceAreD12s() {
        assertRefused(fixture.given(guardian(), inLeather(), fallen()).when(move(AVOID_DEATH, 13, null)),
                DAGGERHEART_DIE_OUT_OF_RANGE, "hope_die");
        assertRefused(fixture.given(guardian(), inLeather(), fallen()).when(move(RISK_IT_ALL, 4, 0)),
                DAGGERHEART_DIE_OUT_OF_RANGE, "fear_die");
    }

    // --- waking up ------------------------------------------------------------------------------------------------

    @Test
    void anAllyClearingAnHpWakesAnUnconsciousCharacter() {
        fixture.given(guardian(), inLeather(), fallen(), resolved(AVOID_DEATH, 2, null, false, 0, 0, 7, 2, 3, 6,
                        UNCONSCIOUS))
                .when(new PatchCharacterState(CAMPAIGN, HERO, 6, null, null, null, null, null, null, null))
                .expectEvents(new CharacterStatePatched(CAMPAIGN, HERO, 6, 2, 3, 6, 0, ALIVE, NONE, null, null, null));
    }

    @Test
    void aLongRestWakesAnUnconsciousCharacter() {
        ShortCode longRest = new ShortCode("long_rest");
        fixture.given(guardian(), inLeather(), fallen(), resolved(AVOID_DEATH, 2, null, false, 0, 0, 7, 2, 3, 6,
                        UNCONSCIOUS))
                .when(new WakeCharacter(CAMPAIGN, HERO, longRest))
                .expectEvents(new CharacterStatePatched(CAMPAIGN, HERO, 7, 2, 3, 6, 0, ALIVE, NONE,
                        CharacterStatePatched.WAKE, longRest, null));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = LifeState.class, names = "UNCONSCIOUS", mode = EnumSource.Mode.EXCLUDE)
    void onlyTheUnconsciousWake(LifeState life) {
        fixture.given(guardian(), inLeather(), state(7, 2, 3, 0, life))
                .when(new WakeCharacter(CAMPAIGN, HERO, new ShortCode("long_rest")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
