package dev.duality.sys.daggerheart.gm;

import dev.duality.core.campaign.api.ShortCode;
import dev.duality.sys.daggerheart.gm.api.CampaignSettingsUpdated;
import dev.duality.sys.daggerheart.gm.api.GainGmFear;
import dev.duality.sys.daggerheart.gm.api.GmFearChanged;
import dev.duality.sys.daggerheart.gm.api.SpendGmFear;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.duality.core.testing.Rejections.assertRefused;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GM_FEAR_INSUFFICIENT;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GM_FEAR_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GM_STATE_NOT_FOUND;
import static dev.duality.sys.daggerheart.gm.DaggerheartGmStateTest.CAMPAIGN;
import static dev.duality.sys.daggerheart.gm.DaggerheartGmStateTest.seeded;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code sys.daggerheart.gm_fear.gain} and {@code sys.daggerheart.gm_fear.spend}: Fear moves within 0..12. */
class GmFearGainAndSpendTest {
    private static final ShortCode ROLL_WITH_FEAR = ShortCode.of("roll_with_fear", "reason");
    private static final ShortCode SHORT_REST = ShortCode.of("short_rest", "reason");
    private static final ShortCode SPOTLIGHT = ShortCode.of("seize_spotlight", "reason");

    private final FixtureConfiguration<DaggerheartGmState> fixture = new AggregateTestFixture<>(DaggerheartGmState.class);

    // --- gain -----------------------------------------------------------------------------------------------------

    @Test
    void aRollWithFearGivesTheGmOneFearAndRecordsTheRoll() {
        // Rule -> number, "Fear per roll with Fear": +1
        fixture.given(seeded(3))
                .when(new GainGmFear(CAMPAIGN, 1, true, ROLL_WITH_FEAR, 7L))
                .expectEvents(new GmFearChanged(CAMPAIGN, 3, 4, ROLL_WITH_FEAR, 0, 7L))
                .expectState(state -> assertThat(state.gmFear()).isEqualTo(4));
    }

    // Fear max 12: a gain that fits is recorded whole, capped or not
    @ParameterizedTest(name = "{0} + {1} = {2} (capped: {3})")
    @CsvSource({"0, 4, 4, false", "3, 2, 5, false", "10, 2, 12, false", "10, 2, 12, true", "0, 12, 12, false"})
    void aGainThatFitsIsRecordedWhole(int before, int amount, int after, boolean capped) {
        fixture.given(seeded(before))
                .when(new GainGmFear(CAMPAIGN, amount, capped, SHORT_REST, null))
                .expectEvents(new GmFearChanged(CAMPAIGN, before, after, SHORT_REST, 0, null));
    }

    @ParameterizedTest(name = "{0} + {1} passes 12")
    @CsvSource({"11, 2", "12, 1", "1, 12"})
    void aGainPastTwelveIsRefusedUnlessCapped(int before, int amount) {
        assertRefused(fixture.given(seeded(before))
                        .when(new GainGmFear(CAMPAIGN, amount, false, SHORT_REST, null)),
                DAGGERHEART_GM_FEAR_OUT_OF_RANGE, "amount");
    }

    @Test
    void aCappedGainKeepsWhatFitsAndRecordsTheFearLost() {
        // a short rest's 1d4 rolled 4 with the GM at 10: 2 fit, 2 are lost
        fixture.given(seeded(10))
                .when(new GainGmFear(CAMPAIGN, 4, true, SHORT_REST, null))
                .expectEvents(new GmFearChanged(CAMPAIGN, 10, 12, SHORT_REST, 2, null))
                .expectState(state -> assertThat(state.gmFear()).isEqualTo(12));
    }

    @Test
    void aCappedGainAtTwelveRecordsNothing() {
        fixture.given(seeded(12))
                .when(new GainGmFear(CAMPAIGN, 1, true, ROLL_WITH_FEAR, 9L))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectState(state -> assertThat(state.gmFear()).isEqualTo(12));
    }

    @Test
    void aGainBeforeTheSeedIsRefused() {
        assertRefused(fixture.given(new CampaignSettingsUpdated(CAMPAIGN, true))
                        .when(new GainGmFear(CAMPAIGN, 1, true, ROLL_WITH_FEAR, 1L)),
                DAGGERHEART_GM_STATE_NOT_FOUND, null);
    }

    @Test
    void aGainWithoutAnyStateFindsNoAggregate() {
        fixture.givenNoPriorActivity()
                .when(new GainGmFear(CAMPAIGN, 1, true, ROLL_WITH_FEAR, 1L))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    // --- spend ----------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} - {1} = {2}")
    @CsvSource({"5, 3, 2", "5, 5, 0", "12, 1, 11", "12, 12, 0"})
    void theGmSpendsFearItHolds(int before, int amount, int after) {
        fixture.given(seeded(before))
                .when(new SpendGmFear(CAMPAIGN, amount, SPOTLIGHT))
                .expectEvents(new GmFearChanged(CAMPAIGN, before, after, SPOTLIGHT, 0, null))
                .expectState(state -> assertThat(state.gmFear()).isEqualTo(after));
    }

    @ParameterizedTest(name = "spend {1} of {0}")
    @CsvSource({"5, 6", "0, 1", "11, 12"})
    void spendingMoreThanTheGmHoldsIsRefused(int before, int amount) {
        assertRefused(fixture.given(seeded(before))
                        .when(new SpendGmFear(CAMPAIGN, amount, SPOTLIGHT)),
                DAGGERHEART_GM_FEAR_INSUFFICIENT, "amount");
    }

    @Test
    void aSpendBeforeTheSeedIsRefused() {
        assertRefused(fixture.given(new CampaignSettingsUpdated(CAMPAIGN, false))
                        .when(new SpendGmFear(CAMPAIGN, 1, SPOTLIGHT)),
                DAGGERHEART_GM_STATE_NOT_FOUND, null);
    }

    @Test
    void spendsAndGainsFoldOnTopOfEachOther() {
        fixture.given(seeded(3), new GmFearChanged(CAMPAIGN, 3, 1, SPOTLIGHT, 0, null),
                        new GmFearChanged(CAMPAIGN, 1, 2, ROLL_WITH_FEAR, 0, 4L))
                .when(new SpendGmFear(CAMPAIGN, 2, SPOTLIGHT))
                .expectEvents(new GmFearChanged(CAMPAIGN, 2, 0, SPOTLIGHT, 0, null));
    }
}
