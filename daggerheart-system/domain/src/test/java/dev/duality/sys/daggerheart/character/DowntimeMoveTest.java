package dev.duality.sys.daggerheart.character;

import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.testing.FakeAggregateLookup;
import dev.duality.sys.daggerheart.character.api.ApplyDowntimeMove;
import dev.duality.sys.daggerheart.character.api.CharacterStatePatched;
import dev.duality.sys.daggerheart.character.api.DowntimeMoveApplied;
import dev.duality.sys.daggerheart.countdown.api.CountdownId;
import dev.duality.sys.daggerheart.rules.Condition;
import dev.duality.sys.daggerheart.rules.ConditionSet;
import dev.duality.sys.daggerheart.rules.DowntimeMove;
import dev.duality.sys.daggerheart.rules.RestType;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.duality.core.testing.Rejections.assertRefused;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CHARACTER_DEAD;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DIE_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.character.Sheets.CAMPAIGN;
import static dev.duality.sys.daggerheart.character.Sheets.HERO;
import static dev.duality.sys.daggerheart.character.Sheets.guardian;
import static dev.duality.sys.daggerheart.character.Sheets.inLeather;
import static dev.duality.sys.daggerheart.character.Sheets.state;
import static dev.duality.sys.daggerheart.character.api.LifeState.ALIVE;
import static dev.duality.sys.daggerheart.character.api.LifeState.DEAD;
import static dev.duality.sys.daggerheart.character.api.LifeState.FALLEN;
import static dev.duality.sys.daggerheart.character.api.LifeState.UNCONSCIOUS;
import static dev.duality.sys.daggerheart.rules.ConditionSet.NONE;
import static dev.duality.sys.daggerheart.rules.DowntimeMove.CLEAR_STRESS;
import static dev.duality.sys.daggerheart.rules.DowntimeMove.PREPARE;
import static dev.duality.sys.daggerheart.rules.DowntimeMove.REPAIR_ARMOR;
import static dev.duality.sys.daggerheart.rules.DowntimeMove.TEND_TO_WOUNDS;
import static dev.duality.sys.daggerheart.rules.DowntimeMove.WORK_ON_A_PROJECT;
import static dev.duality.sys.daggerheart.rules.RestType.LONG;
import static dev.duality.sys.daggerheart.rules.RestType.SHORT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sys.daggerheart.downtime_move.apply}: one downtime move of a rest on the sheet it helps. The Guardian in
 * Leather Armor: 7 HP, 6 Stress slots, 3 Armor Slots, 2 of 6 Hope. SRD Downtime: on a short rest Tend to Wounds, Clear
 * Stress and Repair Armor clear 1d4 + tier (the mover's), on a long rest all; Prepare gives 1 Hope, or 2 each when
 * preparing together; Work on a Project is long rest only and advances its countdown (on the board, not here). Which
 * moves a rest allows, and whom they may help, is the rest's decision ({@link
 * dev.duality.sys.daggerheart.rest.RestDecision}); the sheet applies what it is sent.
 */
class DowntimeMoveTest {
    private static final CharacterId ALLY = CharacterId.of("ally-2");
    private static final CountdownId FORGE = CountdownId.of("forge-the-blade");

    private final FixtureConfiguration<DaggerheartCharacter> fixture = Sheets.fixture(new FakeAggregateLookup());

    /** The Guardian's own move. */
    private static ApplyDowntimeMove move(DowntimeMove move, RestType benefits, Integer die, int tier) {
        return new ApplyDowntimeMove(CAMPAIGN, HERO, HERO, move, benefits, die, die == null ? null : 4L, tier,
                move == PREPARE ? 1 : 0, null);
    }

    /** What a move recorded: tracks after it, no conditions, alive, no project. */
    private static DowntimeMoveApplied applied(DowntimeMove move, RestType benefits, Integer die, int cleared,
                                               int hopeGained, int hp, int stress, int armor, int hope) {
        return new DowntimeMoveApplied(CAMPAIGN, HERO, HERO, move, benefits, die, die == null ? null : 4L, cleared,
                hopeGained, hp, stress, armor, hope, ALIVE, NONE, null);
    }

    // --- short rest: 1d4 + tier ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "d4 {0} + tier {1} with {2} marked clears {3}")
    @CsvSource({
            "3, 1, 6, 4",   // tier 1 (level 1): 3 + 1
            "1, 1, 6, 2",
            "4, 1, 6, 5",
            "2, 2, 6, 4",   // tier 2 (levels 2-4): 2 + 2
            "3, 4, 7, 7",   // tier 4 (levels 8-10): 3 + 4 = 7, every HP
            "4, 1, 2, 2",   // 4 + 1 = 5, but only 2 are marked: the track stops at 0
            "2, 1, 0, 0"})
    void tendToWoundsOnAShortRestClearsTheDiePlusTheMoversTier(int die, int tier, int marked, int cleared) {
        fixture.given(guardian(), inLeather(), state(marked, 0, 2, 0, ALIVE))
                .when(move(TEND_TO_WOUNDS, SHORT, die, tier))
                .expectEvents(applied(TEND_TO_WOUNDS, SHORT, die, cleared, 0, marked - cleared, 0, 0, 2))
                .expectState(sheet -> assertThat(sheet.lifeState()).isEqualTo(ALIVE));
    }

    @Test
    void clearStressOnAShortRestClearsTheDiePlusTier() {
        // 5 Stress marked, d4 2 + tier 1 = 3: 2 left
        fixture.given(guardian(), inLeather(), state(0, 5, 2, 0, ALIVE))
                .when(move(CLEAR_STRESS, SHORT, 2, 1))
                .expectEvents(applied(CLEAR_STRESS, SHORT, 2, 3, 0, 0, 2, 0, 2))
                .expectState(sheet -> assertThat(sheet.stressMarked()).isEqualTo(2));
    }

    @Test
    void clearingStressEndsVulnerableFromAFullStressTrack() {
        // every Stress slot marked made the Guardian Vulnerable (SRD Stress); clearing any Stress ends it
        CharacterStatePatched fullStress = new CharacterStatePatched(CAMPAIGN, HERO, 0, 6, 2, 6, 0, ALIVE,
                new ConditionSet(List.of(Condition.VULNERABLE)), CharacterStatePatched.STRESS_SPEND, null, null);
        fixture.given(guardian(), inLeather(), fullStress)
                .when(move(CLEAR_STRESS, SHORT, 1, 1))
                .expectEvents(applied(CLEAR_STRESS, SHORT, 1, 2, 0, 0, 4, 0, 2));
    }

    @Test
    void repairArmorOnAShortRestClearsTheDiePlusTier() {
        // 3 Leather slots marked, d4 1 + tier 1 = 2: 1 left
        fixture.given(guardian(), inLeather(), state(0, 0, 2, 3, ALIVE))
                .when(move(REPAIR_ARMOR, SHORT, 1, 1))
                .expectEvents(applied(REPAIR_ARMOR, SHORT, 1, 2, 0, 0, 0, 1, 2));
    }

    // --- long rest: everything ----------------------------------------------------------------------------------

    @Test
    void onALongRestTheRecoveryMovesClearEverythingWithoutADie() {
        fixture.given(guardian(), inLeather(), state(6, 5, 2, 3, ALIVE))
                .when(move(TEND_TO_WOUNDS, LONG, null, 1))
                .expectEvents(applied(TEND_TO_WOUNDS, LONG, null, 6, 0, 0, 5, 3, 2));
        fixture.given(guardian(), inLeather(), state(6, 5, 2, 3, ALIVE))
                .when(move(CLEAR_STRESS, LONG, null, 1))
                .expectEvents(applied(CLEAR_STRESS, LONG, null, 5, 0, 6, 0, 3, 2));
        fixture.given(guardian(), inLeather(), state(6, 5, 2, 3, ALIVE))
                .when(move(REPAIR_ARMOR, LONG, null, 1))
                .expectEvents(applied(REPAIR_ARMOR, LONG, null, 3, 0, 6, 5, 0, 2));
    }

    @Test
    void aLongRestsRecoveryOnAnUntouchedTrackClearsNothing() {
        fixture.given(guardian(), inLeather())
                .when(move(TEND_TO_WOUNDS, LONG, null, 1))
                .expectEvents(applied(TEND_TO_WOUNDS, LONG, null, 0, 0, 0, 0, 0, 2));
    }

    // --- an ally ------------------------------------------------------------------------------------------------

    @Test
    void anAllysMoveHelpsThisSheetWithTheAllysTier() {
        // the ally (tier 3) tends the Guardian's wounds: d4 1 + 3 = 4 of the 6 marked; the event names both
        fixture.given(guardian(), inLeather(), state(6, 0, 2, 0, ALIVE))
                .when(new ApplyDowntimeMove(CAMPAIGN, HERO, ALLY, TEND_TO_WOUNDS, SHORT, 1, 9L, 3, 0, null))
                .expectEvents(new DowntimeMoveApplied(CAMPAIGN, HERO, ALLY, TEND_TO_WOUNDS, SHORT, 1, 9L, 4, 0, 2, 0,
                        0, 2, ALIVE, NONE, null));
        fixture.given(guardian(), inLeather(), state(0, 0, 2, 3, ALIVE))
                .when(new ApplyDowntimeMove(CAMPAIGN, HERO, ALLY, REPAIR_ARMOR, LONG, null, null, 3, 0, null))
                .expectEvents(new DowntimeMoveApplied(CAMPAIGN, HERO, ALLY, REPAIR_ARMOR, LONG, null, null, 3, 0, 0,
                        0, 0, 2, ALIVE, NONE, null));
    }

    // --- life states ----------------------------------------------------------------------------------------------

    @Test
    void tendingAFallenCharactersWoundsStandsThemUp() {
        // every HP marked: fallen; d4 1 + tier 1 clears 2
        fixture.given(guardian(), inLeather(), state(7, 0, 2, 0, FALLEN))
                .when(move(TEND_TO_WOUNDS, SHORT, 1, 1))
                .expectEvents(new DowntimeMoveApplied(CAMPAIGN, HERO, HERO, TEND_TO_WOUNDS, SHORT, 1, 4L, 2, 0, 5, 0,
                        0, 2, ALIVE, NONE, null))
                .expectState(sheet -> assertThat(sheet.lifeState()).isEqualTo(ALIVE));
    }

    @Test
    void clearingAnUnconsciousCharactersHpWakesThem() {
        // SRD Avoid Death: they wake when an ally clears at least 1 HP
        fixture.given(guardian(), inLeather(), state(7, 0, 2, 0, UNCONSCIOUS))
                .when(new ApplyDowntimeMove(CAMPAIGN, HERO, ALLY, TEND_TO_WOUNDS, LONG, null, null, 1, 0, null))
                .expectEvents(new DowntimeMoveApplied(CAMPAIGN, HERO, ALLY, TEND_TO_WOUNDS, LONG, null, null, 7, 0, 0,
                        0, 0, 2, ALIVE, NONE, null));
    }

    @Test
    void anUnconsciousCharacterWhoseHpIsNotClearedStaysUnconscious() {
        fixture.given(guardian(), inLeather(), state(7, 4, 2, 0, UNCONSCIOUS))
                .when(move(CLEAR_STRESS, SHORT, 4, 1))
                .expectEvents(new DowntimeMoveApplied(CAMPAIGN, HERO, HERO, CLEAR_STRESS, SHORT, 4, 4L, 4, 0, 7, 0,
                        0, 2, UNCONSCIOUS, NONE, null));
    }

    @Test
    void theDeadMakeNoMoveAndAreHelpedByNone() {
        assertRefused(fixture.given(guardian(), inLeather(), state(7, 0, 2, 0, DEAD))
                .when(move(PREPARE, SHORT, null, 1)), DAGGERHEART_CHARACTER_DEAD, null);
        assertRefused(fixture.given(guardian(), inLeather(), state(7, 0, 2, 0, DEAD))
                        .when(new ApplyDowntimeMove(CAMPAIGN, HERO, ALLY, TEND_TO_WOUNDS, SHORT, 3, 9L, 1, 0, null)),
                DAGGERHEART_CHARACTER_DEAD, null);
    }

    // --- Prepare and projects -----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} Hope, +{1}: {2}")
    @CsvSource({
            "2, 1, 3",   // alone: +1
            "2, 2, 4",   // together: +2 each
            "5, 2, 6",   // up to the maximum of 6
            "6, 1, 6"})  // a full Hope pool gains nothing
    void prepareGivesHopeUpToTheMaximum(int hope, int prepareHope, int after) {
        fixture.given(guardian(), inLeather(), state(0, 0, hope, 0, ALIVE))
                .when(new ApplyDowntimeMove(CAMPAIGN, HERO, HERO, PREPARE, SHORT, null, null, 1, prepareHope, null))
                .expectEvents(applied(PREPARE, SHORT, null, 0, after - hope, 0, 0, 0, after))
                .expectState(sheet -> assertThat(sheet.hope()).isEqualTo(after));
    }

    @Test
    void workingOnAProjectIsRecordedAndChangesNoTrack() {
        fixture.given(guardian(), inLeather(), state(3, 2, 2, 1, ALIVE))
                .when(new ApplyDowntimeMove(CAMPAIGN, HERO, HERO, WORK_ON_A_PROJECT, LONG, null, null, 1, 0, FORGE))
                .expectEvents(new DowntimeMoveApplied(CAMPAIGN, HERO, HERO, WORK_ON_A_PROJECT, LONG, null, null, 0, 0,
                        3, 2, 1, 2, ALIVE, NONE, FORGE));
    }

    // --- the die --------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "d4 {0}")
    @ValueSource(ints = {0, 5, -1, 12})
    void aRecoveryDieOutsideOneToFourIsRefused(int die) {
        assertRefused(fixture.given(guardian(), inLeather(), state(6, 0, 2, 0, ALIVE))
                .when(move(TEND_TO_WOUNDS, SHORT, die, 1)), DAGGERHEART_DIE_OUT_OF_RANGE, "recovery_die");
    }

    @Test
    void aShortRestsRecoveryMoveNeedsItsDie() {
        assertRefused(fixture.given(guardian(), inLeather(), state(0, 4, 2, 0, ALIVE))
                .when(move(CLEAR_STRESS, SHORT, null, 1)), DAGGERHEART_DIE_OUT_OF_RANGE, "recovery_die");
    }

    @Test
    void movesFoldOnTopOfEachOther() {
        // two Tend to Wounds in one short rest (the same move may be taken twice): 6 -> 3 -> 0
        fixture.given(guardian(), inLeather(), state(6, 0, 2, 0, ALIVE),
                        applied(TEND_TO_WOUNDS, SHORT, 2, 3, 0, 3, 0, 0, 2))
                .when(move(TEND_TO_WOUNDS, SHORT, 4, 1))
                .expectEvents(applied(TEND_TO_WOUNDS, SHORT, 4, 3, 0, 0, 0, 0, 2));
    }

    @Test
    void theLifeStateIsFoldedFromTheMove() {
        // stood up by an ally's move, the Guardian is alive for the next one
        fixture.given(guardian(), inLeather(), state(7, 0, 2, 0, FALLEN),
                        new DowntimeMoveApplied(CAMPAIGN, HERO, ALLY, TEND_TO_WOUNDS, SHORT, 1, 3L, 2, 0, 5, 0, 0, 2,
                                ALIVE, NONE, null))
                .when(move(PREPARE, SHORT, null, 1))
                .expectEvents(applied(PREPARE, SHORT, null, 0, 1, 5, 0, 0, 3));
    }
}
