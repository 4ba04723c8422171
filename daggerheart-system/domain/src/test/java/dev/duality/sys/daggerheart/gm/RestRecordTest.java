package dev.duality.sys.daggerheart.gm;

import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.session.api.SessionId;
import dev.duality.sys.daggerheart.gm.api.CampaignSettingsUpdated;
import dev.duality.sys.daggerheart.gm.api.GmFearChanged;
import dev.duality.sys.daggerheart.rest.api.RecordRest;
import dev.duality.sys.daggerheart.rest.api.RestRecorded;
import dev.duality.sys.daggerheart.rest.api.RestTaken;
import dev.duality.sys.daggerheart.rules.RestType;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static dev.duality.core.testing.Rejections.assertRefused;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DIE_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GM_STATE_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_LONG_REST_REQUIRED;
import static dev.duality.sys.daggerheart.gm.DaggerheartGmState.LONG_REST;
import static dev.duality.sys.daggerheart.gm.DaggerheartGmState.SHORT_REST;
import static dev.duality.sys.daggerheart.gm.DaggerheartGmStateTest.CAMPAIGN;
import static dev.duality.sys.daggerheart.gm.DaggerheartGmStateTest.seeded;
import static dev.duality.sys.daggerheart.rules.RestType.LONG;
import static dev.duality.sys.daggerheart.rules.RestType.SHORT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sys.daggerheart.rest.record}: a rest of the party on the GM state. SRD GM gains: a short rest gives the GM 1d4
 * Fear, a long rest 1d4 + the number of PCs, never past 12; after three short rests in a row the next rest must be
 * long; an interrupted short rest gives nothing, an interrupted long rest a short rest's benefits. The die is the one
 * the session rolled for the rest, recorded with its roll number.
 */
class RestRecordTest {
    private static final SessionId SESSION = SessionId.of("s-1");
    private static final List<CharacterId> PARTY = List.of(CharacterId.of("sable"), CharacterId.of("marlowe"),
            CharacterId.of("wren"));
    private static final int PCS = 3;

    private final FixtureConfiguration<DaggerheartGmState> fixture =
            new AggregateTestFixture<>(DaggerheartGmState.class);

    /** A rest, not interrupted, whose Fear die the session rolled as roll 5. */
    private static RecordRest rest(RestType type, int fearDie) {
        return new RecordRest(CAMPAIGN, SESSION, type, false, type, 5L, fearDie, PCS, PARTY);
    }

    private static RestTaken taken(RestType type, boolean interrupted, RestType benefits, Integer fearDie,
                                   int fearGained, int shortRestsInARow) {
        return new RestTaken(CAMPAIGN, SESSION, type, interrupted, benefits, fearDie == null ? null : 5L, fearDie,
                fearGained, shortRestsInARow, PARTY);
    }

    /** The short rests already taken in a row (d4 1 each, 1 Fear each from 0). */
    private static List<Object> shortRests(int count) {
        List<Object> history = new ArrayList<>(List.of(seeded(0)));
        for (int i = 1; i <= count; i++) {
            history.add(taken(SHORT, false, SHORT, 1, 1, i));
            history.add(new GmFearChanged(CAMPAIGN, i - 1, i, SHORT_REST, 0, 5L));
        }
        return history;
    }

    // --- the GM's Fear ------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} rest, d4 {1}: {2} -> {3}")
    @CsvSource({
            "SHORT, 1, 3, 4",    // 1d4
            "SHORT, 4, 3, 7",
            "LONG,  1, 3, 7",    // 1d4 + 3 PCs
            "LONG,  4, 0, 7",
            "LONG,  3, 5, 11"})
    void aRestGivesTheGmTheSrdsFear(RestType type, int die, int before, int after) {
        int gained = after - before;
        GmFearChanged changed = new GmFearChanged(CAMPAIGN, before, after, type == LONG ? LONG_REST : SHORT_REST, 0,
                5L);
        fixture.given(seeded(before))
                .when(rest(type, die))
                .expectEvents(taken(type, false, type, die, gained, type == SHORT ? 1 : 0), changed)
                .expectResultMessagePayload(new RestRecorded(taken(type, false, type, die, gained,
                        type == SHORT ? 1 : 0), changed, after))
                .expectState(state -> assertThat(state.gmFear()).isEqualTo(after));
    }

    @Test
    void fearPastTwelveIsLostAndRecorded() {
        // a long rest at 10 Fear: d4 4 + 3 PCs = 7, of which 2 fit
        fixture.given(seeded(10))
                .when(rest(LONG, 4))
                .expectEvents(taken(LONG, false, LONG, 4, 7, 0),
                        new GmFearChanged(CAMPAIGN, 10, 12, LONG_REST, 5, 5L))
                .expectState(state -> assertThat(state.gmFear()).isEqualTo(12));
    }

    @Test
    void aRestOnAFullPoolRecordsTheRestAndNoFearChange() {
        // the d4's Fear is all lost; the rest itself still happened
        fixture.given(seeded(12))
                .when(rest(SHORT, 2))
                .expectEvents(taken(SHORT, false, SHORT, 2, 2, 1))
                .expectResultMessagePayload(new RestRecorded(taken(SHORT, false, SHORT, 2, 2, 1), null, 12))
                .expectState(state -> {
                    assertThat(state.gmFear()).isEqualTo(12);
                    assertThat(state.shortRestsInARow()).isEqualTo(1);
                });
    }

    @ParameterizedTest(name = "d4 {0}")
    @ValueSource(ints = {0, 5})
    void aFearDieOutsideOneToFourIsRefused(int die) {
        assertRefused(fixture.given(seeded(3)).when(rest(SHORT, die)), DAGGERHEART_DIE_OUT_OF_RANGE, "fear_die");
    }

    @Test
    void aRestBeforeTheFirstSessionsSeedIsRefused() {
        assertRefused(fixture.given(new CampaignSettingsUpdated(CAMPAIGN, false)).when(rest(SHORT, 2)),
                DAGGERHEART_GM_STATE_NOT_FOUND, null);
    }

    // --- three short rests in a row -----------------------------------------------------------------------------

    @ParameterizedTest(name = "after {0}")
    @ValueSource(ints = {0, 1, 2})
    void shortRestsCountUpToThree(int before) {
        fixture.given(shortRests(before))
                .when(rest(SHORT, 1))
                .expectEvents(taken(SHORT, false, SHORT, 1, 1, before + 1),
                        new GmFearChanged(CAMPAIGN, before, before + 1, SHORT_REST, 0, 5L))
                .expectState(state -> assertThat(state.shortRestsInARow()).isEqualTo(before + 1));
    }

    @Test
    void aFourthShortRestInARowIsRefused() {
        assertRefused(fixture.given(shortRests(3)).when(rest(SHORT, 2)), DAGGERHEART_LONG_REST_REQUIRED, "type");
        // even one that would be interrupted: it is still a short rest the party may not take
        assertRefused(fixture.given(shortRests(3))
                        .when(new RecordRest(CAMPAIGN, SESSION, SHORT, true, null, null, null, PCS, PARTY)),
                DAGGERHEART_LONG_REST_REQUIRED, "type");
    }

    @Test
    void aLongRestEndsTheRunOfShortRests() {
        // 3 short rests (3 Fear), then a long rest: d4 2 + 3 PCs = 5
        fixture.given(shortRests(3))
                .when(rest(LONG, 2))
                .expectEvents(taken(LONG, false, LONG, 2, 5, 0),
                        new GmFearChanged(CAMPAIGN, 3, 8, LONG_REST, 0, 5L))
                .expectState(state -> assertThat(state.shortRestsInARow()).isZero());
        List<Object> afterTheLongRest = new ArrayList<>(shortRests(3));
        afterTheLongRest.add(taken(LONG, false, LONG, 2, 5, 0));
        fixture.given(afterTheLongRest)
                .when(rest(SHORT, 1))
                .expectEvents(taken(SHORT, false, SHORT, 1, 1, 1),
                        new GmFearChanged(CAMPAIGN, 3, 4, SHORT_REST, 0, 5L));
    }

    // --- interrupted rests --------------------------------------------------------------------------------------

    @Test
    void anInterruptedShortRestGivesNothingAndLeavesTheRunAsItWas() {
        fixture.given(shortRests(2))
                .when(new RecordRest(CAMPAIGN, SESSION, SHORT, true, null, null, null, PCS, PARTY))
                .expectEvents(taken(SHORT, true, null, null, 0, 2))
                .expectResultMessagePayload(new RestRecorded(taken(SHORT, true, null, null, 0, 2), null, 2))
                .expectState(state -> {
                    assertThat(state.gmFear()).isEqualTo(2);
                    assertThat(state.shortRestsInARow()).isEqualTo(2);
                });
    }

    @Test
    void anInterruptedLongRestGivesAShortRestsFearAndCountsAsAShortRest() {
        // short-rest benefits: 1d4 Fear without the PCs, and the run of short rests goes on
        fixture.given(seeded(4))
                .when(new RecordRest(CAMPAIGN, SESSION, LONG, true, SHORT, 5L, 3, PCS, PARTY))
                .expectEvents(taken(LONG, true, SHORT, 3, 3, 1),
                        new GmFearChanged(CAMPAIGN, 4, 7, SHORT_REST, 0, 5L))
                .expectState(state -> assertThat(state.shortRestsInARow()).isEqualTo(1));
    }

    @Test
    void afterThreeShortRestsAnInterruptedLongRestIsAllowedButTheNextRestMustStillBeLong() {
        fixture.given(shortRests(3))
                .when(new RecordRest(CAMPAIGN, SESSION, LONG, true, SHORT, 5L, 2, PCS, PARTY))
                .expectEvents(taken(LONG, true, SHORT, 2, 2, 4),
                        new GmFearChanged(CAMPAIGN, 3, 5, SHORT_REST, 0, 5L));
        List<Object> history = new ArrayList<>(shortRests(3));
        history.add(taken(LONG, true, SHORT, 2, 2, 4));
        assertRefused(fixture.given(history).when(rest(SHORT, 1)), DAGGERHEART_LONG_REST_REQUIRED, "type");
    }
}
