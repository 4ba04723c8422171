package dev.duality.sys.daggerheart.countdown;

import dev.duality.sys.daggerheart.countdown.api.AdvanceCountdownsForRoll;
import dev.duality.sys.daggerheart.countdown.api.CountdownAdvanced;
import dev.duality.sys.daggerheart.countdown.api.CountdownsAdvancedByRoll;
import dev.duality.sys.daggerheart.countdown.api.CountdownsAdvancedByRoll.Skipped;
import dev.duality.sys.daggerheart.rules.CountdownSkip;
import dev.duality.sys.daggerheart.rules.CountdownLoop;
import dev.duality.sys.daggerheart.rules.CountdownPolicy;
import dev.duality.sys.daggerheart.rules.CountdownTone;
import dev.duality.sys.daggerheart.rules.DualityResult;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static dev.duality.sys.daggerheart.countdown.Boards.BRIDGE;
import static dev.duality.sys.daggerheart.countdown.Boards.CAMPAIGN;
import static dev.duality.sys.daggerheart.countdown.Boards.DOOR;
import static dev.duality.sys.daggerheart.countdown.Boards.RITUAL;
import static dev.duality.sys.daggerheart.countdown.Boards.WAR;
import static dev.duality.sys.daggerheart.countdown.Boards.advanced;
import static dev.duality.sys.daggerheart.countdown.Boards.bridge;
import static dev.duality.sys.daggerheart.countdown.Boards.created;
import static dev.duality.sys.daggerheart.countdown.Boards.door;
import static dev.duality.sys.daggerheart.countdown.Boards.finished;
import static dev.duality.sys.daggerheart.countdown.Boards.ritual;
import static dev.duality.sys.daggerheart.countdown.Boards.war;
import static dev.duality.sys.daggerheart.countdown.api.CountdownAdvanced.ACTION_ROLL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sys.daggerheart.countdown.roll_advance}: an action roll's outcome advances the standard countdowns by 1 and
 * the dynamic ones by the dynamic table (SRD section 8), never the manual or long-term ones; a countdown whose trigger
 * is pending is skipped and reported.
 */
class CountdownRollAdvanceTest {
    private static final long ROLL = 7;

    private final FixtureConfiguration<DaggerheartCountdowns> fixture = Boards.fixture();

    // SRD section 8: a standard countdown advances once per action roll
    @ParameterizedTest(name = "{0}")
    @EnumSource(DualityResult.class)
    void everyActionRollAdvancesAStandardCountdownByOne(DualityResult result) {
        CountdownAdvanced tick = new CountdownAdvanced(CAMPAIGN, BRIDGE, 3, 2, 1, false, ACTION_ROLL, ROLL, false);
        fixture.given(bridge(3))
                .when(new AdvanceCountdownsForRoll(CAMPAIGN, ROLL, result))
                .expectEvents(tick)
                .expectResultMessagePayload(new CountdownsAdvancedByRoll(List.of(tick), List.of()));
    }

    // SRD section 8 "Dynamic countdowns" table: result | progress | consequence
    @ParameterizedTest(name = "{0}: progress 6 -> {1}, consequence 6 -> {2}")
    @CsvSource({
            "FAILURE_WITH_FEAR, 6, 3",
            "FAILURE_WITH_HOPE, 6, 4",
            "SUCCESS_WITH_FEAR, 5, 5",
            "SUCCESS_WITH_HOPE, 4, 6",
            "CRITICAL_SUCCESS,  3, 6"})
    void dynamicCountdownsAdvanceByTheTable(DualityResult result, int doorAfter, int ritualAfter) {
        fixture.given(door(6), ritual(6))
                .when(new AdvanceCountdownsForRoll(CAMPAIGN, ROLL, result))
                .expectState(board -> {
                    assertThat(board.countdown(DOOR).orElseThrow().remaining()).as("progress").isEqualTo(doorAfter);
                    assertThat(board.countdown(RITUAL).orElseThrow().remaining()).as("consequence")
                            .isEqualTo(ritualAfter);
                });
    }

    @Test
    void aFailureWithFearAdvancesAConsequenceCountdownByThreeAndLeavesProgressAlone() {
        // SRD section 8 table: failure with Fear: progress 0, consequence 3; a countdown advanced by 0 records nothing
        CountdownAdvanced ritual = new CountdownAdvanced(CAMPAIGN, RITUAL, 6, 3, 3, false, ACTION_ROLL, ROLL, false);
        fixture.given(door(6), ritual(6))
                .when(new AdvanceCountdownsForRoll(CAMPAIGN, ROLL, DualityResult.FAILURE_WITH_FEAR))
                .expectEvents(ritual)
                .expectResultMessagePayload(new CountdownsAdvancedByRoll(List.of(ritual), List.of()));
    }

    @Test
    void aCriticalRunsAProgressCountdownOutAndTriggersIt() {
        // SRD section 8 table: critical success: progress 3; from 2 it stops at 0 and triggers
        fixture.given(door(6), advanced(DOOR, 6, 2))
                .when(new AdvanceCountdownsForRoll(CAMPAIGN, ROLL, DualityResult.CRITICAL_SUCCESS))
                .expectEvents(new CountdownAdvanced(CAMPAIGN, DOOR, 2, 0, 2, true, ACTION_ROLL, ROLL, false))
                .expectState(board -> assertThat(board.countdown(DOOR).orElseThrow().triggerPending()).isTrue());
    }

    @Test
    void countdownsAdvanceInTheOrderTheyWereCreated() {
        CountdownAdvanced bridge = new CountdownAdvanced(CAMPAIGN, BRIDGE, 4, 3, 1, false, ACTION_ROLL, ROLL, false);
        CountdownAdvanced door = new CountdownAdvanced(CAMPAIGN, DOOR, 5, 4, 1, false, ACTION_ROLL, ROLL, false);
        CountdownAdvanced ritual = new CountdownAdvanced(CAMPAIGN, RITUAL, 3, 2, 1, false, ACTION_ROLL, ROLL, false);
        fixture.given(bridge(4), door(5), ritual(3))
                .when(new AdvanceCountdownsForRoll(CAMPAIGN, ROLL, DualityResult.SUCCESS_WITH_FEAR))
                .expectEvents(bridge, door, ritual)
                .expectResultMessagePayload(new CountdownsAdvancedByRoll(List.of(bridge, door, ritual), List.of()));
    }

    @Test
    void rollsNeverAdvanceManualOrLongTermCountdowns() {
        // SRD section 8 "Variants": long-term countdowns advance after rests, not rolls
        fixture.given(war(6), created(RITUAL, CountdownTone.CONSEQUENCE, CountdownPolicy.MANUAL, 4))
                .when(new AdvanceCountdownsForRoll(CAMPAIGN, ROLL, DualityResult.FAILURE_WITH_FEAR))
                .expectNoEvents()
                .expectResultMessagePayload(CountdownsAdvancedByRoll.NONE)
                .expectState(board -> {
                    assertThat(board.countdown(WAR).orElseThrow().remaining()).isEqualTo(6);
                    assertThat(board.drivenByRolls()).isFalse();
                });
    }

    @Test
    void aCountdownWhoseTriggerIsPendingIsSkippedAndTheOthersStillAdvance() {
        CountdownAdvanced door = new CountdownAdvanced(CAMPAIGN, DOOR, 5, 3, 2, false, ACTION_ROLL, ROLL, false);
        fixture.given(bridge(1), advanced(BRIDGE, 1, 0), door(5))
                .when(new AdvanceCountdownsForRoll(CAMPAIGN, ROLL, DualityResult.SUCCESS_WITH_HOPE))
                .expectEvents(door)
                .expectResultMessagePayload(new CountdownsAdvancedByRoll(List.of(door),
                        List.of(new Skipped(BRIDGE, CountdownSkip.TRIGGER_PENDING))))
                .expectState(board -> assertThat(board.countdown(BRIDGE).orElseThrow().remaining()).isZero());
    }

    @Test
    void aRollWithoutDifficultySkipsDynamicCountdownsButTicksStandardOnes() {
        // without a Difficulty there is no success or failure, so the dynamic table has no row for it
        CountdownAdvanced bridge = new CountdownAdvanced(CAMPAIGN, BRIDGE, 3, 2, 1, false, ACTION_ROLL, ROLL, false);
        fixture.given(ritual(4), bridge(3))
                .when(new AdvanceCountdownsForRoll(CAMPAIGN, ROLL, DualityResult.WITH_FEAR))
                .expectEvents(bridge)
                .expectResultMessagePayload(new CountdownsAdvancedByRoll(List.of(bridge),
                        List.of(new Skipped(RITUAL, CountdownSkip.RESULT_UNRESOLVED))));
    }

    @Test
    void aFinishedCountdownIsNeitherAdvancedNorReported() {
        fixture.given(bridge(1), advanced(BRIDGE, 1, 0), finished(BRIDGE, 1))
                .when(new AdvanceCountdownsForRoll(CAMPAIGN, ROLL, DualityResult.SUCCESS_WITH_HOPE))
                .expectNoEvents()
                .expectResultMessagePayload(CountdownsAdvancedByRoll.NONE)
                .expectState(board -> assertThat(board.drivenByRolls()).isFalse());
    }

    @Test
    void aCountdownWaitingOnItsTriggerStillNeedsTheRollsAttention() {
        fixture.given(created(BRIDGE, CountdownTone.NEUTRAL, CountdownPolicy.ACTION_STANDARD, 2, CountdownLoop.RESET),
                        advanced(BRIDGE, 2, 0))
                .when(new AdvanceCountdownsForRoll(CAMPAIGN, ROLL, DualityResult.SUCCESS_WITH_HOPE))
                .expectNoEvents()
                .expectState(board -> assertThat(board.drivenByRolls()).as("pending, so reported as skipped")
                        .isTrue());
    }
}
