package dev.duality.sys.daggerheart.gm;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.sys.daggerheart.gm.api.CampaignSettingsUpdated;
import dev.duality.sys.daggerheart.gm.api.GmFear;
import dev.duality.sys.daggerheart.gm.api.GmFearChanged;
import dev.duality.sys.daggerheart.gm.api.SeedGmFear;
import dev.duality.sys.daggerheart.gm.api.SetGmFear;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.duality.core.testing.Rejections.assertRefused;
import static dev.duality.core.testing.Rejections.assertRejected;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GM_FEAR_ALREADY_SEEDED;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GM_FEAR_BEFORE_MISMATCH;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GM_FEAR_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GM_FEAR_UNCHANGED;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GM_STATE_NOT_FOUND;
import static dev.duality.sys.daggerheart.gm.api.GmFearChanged.FIRST_SESSION_SEED;
import static org.assertj.core.api.Assertions.assertThat;

/** The GM's Fear pool: {@code sys.daggerheart.gm_fear.seed} and {@code sys.daggerheart.gm_fear.set}. */
class DaggerheartGmStateTest {
    static final CampaignId CAMPAIGN = CampaignId.of("campaign-1");
    private static final ShortCode ROLL_WITH_FEAR = ShortCode.of("roll_with_fear", "reason");

    // The fixture reports illegal state changes by default: state set outside an @EventSourcingHandler fails a test.
    private final FixtureConfiguration<DaggerheartGmState> fixture = new AggregateTestFixture<>(DaggerheartGmState.class);

    // --- sys.daggerheart.gm_fear.seed -----------------------------------------------------------------------------

    // Rule -> number, "Fear: GM start / max": 1 per PC, at most 12
    @ParameterizedTest(name = "{0} PCs seed {1} Fear")
    @CsvSource({"1, 1", "3, 3", "4, 4", "12, 12", "13, 12", "15, 12", "30, 12"})
    void theFirstSessionSeedsOneFearPerPcCappedAtTwelve(int playerCharacters, int fear) {
        fixture.givenNoPriorActivity()
                .when(new SeedGmFear(CAMPAIGN, playerCharacters))
                .expectEvents(new GmFearChanged(CAMPAIGN, 0, fear, FIRST_SESSION_SEED, 0, null))
                .expectState(state -> {
                    assertThat(state.campaignId()).isEqualTo(CAMPAIGN);
                    assertThat(state.gmFear()).isEqualTo(fear);
                    assertThat(state.massiveDamage()).isFalse();
                });
    }

    @Test
    void aTableWithoutPcsIsSeededWithNoFearAndStillGetsItsState() {
        // the seed is the one change that may keep the value: its event is what creates the state
        fixture.givenNoPriorActivity()
                .when(new SeedGmFear(CAMPAIGN, 0))
                .expectEvents(new GmFearChanged(CAMPAIGN, 0, 0, FIRST_SESSION_SEED, 0, null))
                .expectState(state -> assertThat(state.gmFear()).isZero());
    }

    @Test
    void aStateCreatedByItsSettingsIsSeededLikeANewOne() {
        fixture.given(new CampaignSettingsUpdated(CAMPAIGN, true))
                .when(new SeedGmFear(CAMPAIGN, 3))
                .expectEvents(new GmFearChanged(CAMPAIGN, 0, 3, FIRST_SESSION_SEED, 0, null))
                .expectState(state -> {
                    assertThat(state.gmFear()).isEqualTo(3);
                    assertThat(state.massiveDamage()).isTrue();
                });
    }

    @Test
    void aSeededStateIsNeverSeededAgain() {
        assertRefused(fixture.given(seeded(3))
                .when(new SeedGmFear(CAMPAIGN, 5)), DAGGERHEART_GM_FEAR_ALREADY_SEEDED, null);
    }

    @Test
    void aStateThatHasChangedSinceItsSeedIsNotSeededAgainEither() {
        assertRefused(fixture.given(seeded(3), new GmFearChanged(CAMPAIGN, 3, 0, null, 0, null))
                .when(new SeedGmFear(CAMPAIGN, 3)), DAGGERHEART_GM_FEAR_ALREADY_SEEDED, null);
    }

    @Test
    void aStateSeededWithNoFearIsNotSeededAgain() {
        assertRefused(fixture.given(seeded(0))
                .when(new SeedGmFear(CAMPAIGN, 4)), DAGGERHEART_GM_FEAR_ALREADY_SEEDED, null);
    }

    // --- sys.daggerheart.gm_fear.set ------------------------------------------------------------------------------

    @Test
    void theGmSetsFearFromTheCurrentValue() {
        fixture.given(seeded(3))
                .when(new SetGmFear(CAMPAIGN, fear(3), fear(7), ROLL_WITH_FEAR))
                .expectEvents(new GmFearChanged(CAMPAIGN, 3, 7, ROLL_WITH_FEAR, 0, null))
                .expectState(state -> assertThat(state.gmFear()).isEqualTo(7));
    }

    @Test
    void aReasonIsOptional() {
        fixture.given(seeded(3))
                .when(new SetGmFear(CAMPAIGN, fear(3), fear(2), null))
                .expectEvents(new GmFearChanged(CAMPAIGN, 3, 2, null, 0, null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"4, 0", "0, 12", "12, 0", "11, 12"})
    void fearMayGoToEitherEndOfItsRange(int current, int after) {
        fixture.given(seeded(4), new GmFearChanged(CAMPAIGN, 4, current, null, 0, null))
                .when(new SetGmFear(CAMPAIGN, fear(current), fear(after), null))
                .expectEvents(new GmFearChanged(CAMPAIGN, current, after, null, 0, null))
                .expectState(state -> assertThat(state.gmFear()).isEqualTo(after));
    }

    @Test
    void laterChangesFoldOnTopOfEachOther() {
        fixture.given(seeded(2), new GmFearChanged(CAMPAIGN, 2, 5, null, 0, null),
                        new GmFearChanged(CAMPAIGN, 5, 1, null, 0, null))
                .when(new SetGmFear(CAMPAIGN, fear(1), fear(9), null))
                .expectEvents(new GmFearChanged(CAMPAIGN, 1, 9, null, 0, null));
    }

    @Test
    void aStaleBeforeIsRefusedNamingIt() {
        assertRefused(fixture.given(seeded(3))
                .when(new SetGmFear(CAMPAIGN, fear(2), fear(5), null)), DAGGERHEART_GM_FEAR_BEFORE_MISMATCH, "before");
    }

    @Test
    void aStaleBeforeIsRefusedEvenWhenAfterIsTheCurrentValue() {
        // the client has not seen the current value, so "unchanged" is not what it meant
        assertRefused(fixture.given(seeded(3))
                .when(new SetGmFear(CAMPAIGN, fear(2), fear(3), null)), DAGGERHEART_GM_FEAR_BEFORE_MISMATCH, "before");
    }

    @Test
    void aNoOpIsRefused() {
        assertRefused(fixture.given(seeded(3))
                .when(new SetGmFear(CAMPAIGN, fear(3), fear(3), ROLL_WITH_FEAR)), DAGGERHEART_GM_FEAR_UNCHANGED, "after");
    }

    @Test
    void fearPastTwelveCannotEvenBeAsked() {
        // GmFear is 0..12, so a set to 13 never reaches the state
        assertRejected(() -> new SetGmFear(CAMPAIGN, fear(3), GmFear.of(13, "after"), null),
                DAGGERHEART_GM_FEAR_OUT_OF_RANGE, "after");
        assertRejected(() -> new SetGmFear(CAMPAIGN, GmFear.of(-1, "before"), fear(3), null),
                DAGGERHEART_GM_FEAR_OUT_OF_RANGE, "before");
    }

    @Test
    void beforeTheFirstSessionThereIsNoFearToSet() {
        // no state at all: the repository answers "not found", which the HTTP layer reports as
        // DAGGERHEART_GM_STATE_NOT_FOUND
        fixture.givenNoPriorActivity()
                .when(new SetGmFear(CAMPAIGN, fear(0), fear(1), null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void settingsChosenBeforeTheFirstSessionDoNotMakeFearSettable() {
        assertRefused(fixture.given(new CampaignSettingsUpdated(CAMPAIGN, false))
                .when(new SetGmFear(CAMPAIGN, fear(0), fear(1), null)), DAGGERHEART_GM_STATE_NOT_FOUND, null);
    }

    static GmFearChanged seeded(int fear) {
        return new GmFearChanged(CAMPAIGN, 0, fear, FIRST_SESSION_SEED, 0, null);
    }

    private static GmFear fear(int value) {
        return GmFear.of(value, "gm_fear");
    }
}
