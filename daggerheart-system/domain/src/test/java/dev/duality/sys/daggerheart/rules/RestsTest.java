package dev.duality.sys.daggerheart.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Optional;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_AMOUNT_NEGATIVE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DIE_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.rules.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class RestsTest {

    // SRD Downtime: "an interrupted short rest gives nothing; an interrupted long rest gives short-rest benefits only"
    @Test
    void anInterruptedRestGivesLessOrNothing() {
        assertThat(Rests.benefits(RestType.SHORT, false)).contains(RestType.SHORT);
        assertThat(Rests.benefits(RestType.LONG, false)).contains(RestType.LONG);
        assertThat(Rests.benefits(RestType.SHORT, true)).isEmpty();
        assertThat(Rests.benefits(RestType.LONG, true)).contains(RestType.SHORT);
    }

    // SRD: "After 3 short rests in a row, the next rest must be a long rest"
    @ParameterizedTest(name = "{0} after {1} short rests in a row: {2}")
    @CsvSource({
            "SHORT, 0, true",
            "SHORT, 2, true",
            "SHORT, 3, false",
            "LONG,  0, true",
            "LONG,  3, true"})
    void aFourthShortRestInARowIsRefused(RestType taken, int inARow, boolean allowed) {
        assertThat(Rests.allowed(taken, inARow)).isEqualTo(allowed);
    }

    @Test
    void aLongRestEndsTheRunOfShortRestsAndANothingRestLeavesIt() {
        assertThat(Rests.shortRestsInARowAfter(2, Optional.of(RestType.SHORT))).isEqualTo(3);
        assertThat(Rests.shortRestsInARowAfter(3, Optional.of(RestType.LONG))).isZero();
        assertThat(Rests.shortRestsInARowAfter(1, Optional.empty())).isEqualTo(1);
    }

    // SRD GM gains: short rest 1d4 Fear; long rest 1d4 + number of PCs
    @ParameterizedTest(name = "{0} rest, d4 {1}, {2} PCs: {3} Fear")
    @CsvSource({
            "SHORT, 1, 3, 1",
            "SHORT, 4, 3, 4",
            "LONG,  1, 3, 4",
            "LONG,  4, 3, 7",
            "LONG,  2, 5, 7"})
    void theGmGainsFearFromRests(RestType benefits, int die, int pcs, int fear) {
        assertThat(Rests.fearGained(benefits, die, pcs)).isEqualTo(fear);
    }

    // SRD moves: short rest clears 1d4 + tier; long rest clears all
    @ParameterizedTest(name = "{0} rest, d4 {1}, tier {2}, {3} marked: clears {4}")
    @CsvSource({
            "SHORT, 1, 1, 6, 2",
            "SHORT, 4, 1, 6, 5",
            "SHORT, 3, 2, 6, 5",
            "SHORT, 4, 4, 6, 6",  // never more than is marked
            "SHORT, 2, 1, 1, 1",
            "SHORT, 3, 1, 0, 0",
            "LONG,  , 1, 6, 6",
            "LONG,  , 3, 0, 0"})
    void recoveryMovesClearDicePlusTierOrEverything(RestType benefits, Integer die, int tier, int marked, int cleared) {
        assertThat(Rests.recovered(benefits, die, tier, marked)).isEqualTo(cleared);
    }

    // SRD Prepare: +1 Hope, or +2 each if preparing together
    @Test
    void preparingTogetherGivesTwoHopeEach() {
        assertThat(Rests.prepareHope(false)).isEqualTo(1);
        assertThat(Rests.prepareHope(true)).isEqualTo(2);
    }

    // SRD: each PC makes 2 downtime moves; the Elf's Celestial Trance adds one
    @ParameterizedTest(name = "{0}")
    @EnumSource(Ancestry.class)
    void everyPcMakesTwoMovesAndAnElfThree(Ancestry ancestry) {
        assertThat(Rests.movesPerRest(ancestry)).isEqualTo(ancestry == Ancestry.ELF ? 3 : 2);
    }

    // SRD: Work on a Project is not available on a short rest
    @ParameterizedTest(name = "{0}")
    @EnumSource(DowntimeMove.class)
    void onlyAProjectNeedsALongRest(DowntimeMove move) {
        assertThat(Rests.available(move, RestType.LONG)).isTrue();
        assertThat(Rests.available(move, RestType.SHORT)).isEqualTo(move != DowntimeMove.WORK_ON_A_PROJECT);
    }

    @Test
    void diceOutsideADFourAndNegativeCountsAreRefused() {
        assertRefused(() -> Rests.fearGained(RestType.SHORT, 5, 3), DAGGERHEART_DIE_OUT_OF_RANGE, "fear_die");
        assertRefused(() -> Rests.fearGained(RestType.SHORT, 0, 3), DAGGERHEART_DIE_OUT_OF_RANGE, "fear_die");
        assertRefused(() -> Rests.recovered(RestType.SHORT, null, 1, 3), DAGGERHEART_DIE_OUT_OF_RANGE,
                "recovery_die");
        assertRefused(() -> Rests.allowed(RestType.SHORT, -1), DAGGERHEART_AMOUNT_NEGATIVE, "short_rests_in_a_row");
    }
}
