package dev.duality.sys.daggerheart.gm;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.rejection.RejectionCode;
import dev.duality.sys.daggerheart.gm.api.GmFear;
import dev.duality.sys.daggerheart.gm.api.GmFearChanged;
import dev.duality.sys.daggerheart.gm.api.SeedGmFear;
import dev.duality.sys.daggerheart.gm.api.SetGmFear;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Objects;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GM_FEAR_ALREADY_SEEDED;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GM_FEAR_BEFORE_MISMATCH;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GM_FEAR_UNCHANGED;
import static dev.duality.sys.daggerheart.gm.api.GmFearChanged.FIRST_SESSION_SEED;
import static org.assertj.core.api.Assertions.assertThat;

class DaggerheartGmStateTest {
    private static final CampaignId CAMPAIGN = CampaignId.of("campaign-1");
    private static final ShortCode ROLL_WITH_FEAR = ShortCode.of("roll_with_fear", "reason");

    // The fixture reports illegal state changes by default: state set outside an @EventSourcingHandler fails a test.
    private final FixtureConfiguration<DaggerheartGmState> fixture = new AggregateTestFixture<>(DaggerheartGmState.class);

    // --- sys.daggerheart.gm_fear.seed -----------------------------------------------------------------------------

    // SRD: the GM starts a campaign with 1 Fear per PC, at most 12
    @ParameterizedTest(name = "{0} PCs seed {1} Fear")
    @CsvSource({"1, 1", "4, 4", "12, 12", "13, 12", "30, 12"})
    void theFirstSessionSeedsOneFearPerPcCappedAtTwelve(int playerCharacters, int fear) {
        fixture.givenNoPriorActivity()
                .when(new SeedGmFear(CAMPAIGN, playerCharacters))
                .expectEvents(new GmFearChanged(CAMPAIGN, 0, fear, FIRST_SESSION_SEED))
                .expectState(state -> {
                    assertThat(state.campaignId()).isEqualTo(CAMPAIGN);
                    assertThat(state.gmFear()).isEqualTo(fear);
                });
    }

    @Test
    void aTableWithoutPcsIsSeededWithNoFearAndStillGetsItsState() {
        // the seed is the one change that may keep the value: its event is what creates the state
        fixture.givenNoPriorActivity()
                .when(new SeedGmFear(CAMPAIGN, 0))
                .expectEvents(new GmFearChanged(CAMPAIGN, 0, 0, FIRST_SESSION_SEED))
                .expectState(state -> assertThat(state.gmFear()).isZero());
    }

    @Test
    void aSeededStateIsNeverSeededAgain() {
        expectRejection(fixture.given(seeded(3))
                .when(new SeedGmFear(CAMPAIGN, 5)), DAGGERHEART_GM_FEAR_ALREADY_SEEDED, null);
    }

    @Test
    void aStateThatHasChangedSinceItsSeedIsNotSeededAgainEither() {
        expectRejection(fixture.given(seeded(3), new GmFearChanged(CAMPAIGN, 3, 0, null))
                .when(new SeedGmFear(CAMPAIGN, 3)), DAGGERHEART_GM_FEAR_ALREADY_SEEDED, null);
    }

    // --- sys.daggerheart.gm_fear.set ------------------------------------------------------------------------------

    @Test
    void theGmSetsFearFromTheCurrentValue() {
        fixture.given(seeded(3))
                .when(new SetGmFear(CAMPAIGN, fear(3), fear(7), ROLL_WITH_FEAR))
                .expectEvents(new GmFearChanged(CAMPAIGN, 3, 7, ROLL_WITH_FEAR))
                .expectState(state -> assertThat(state.gmFear()).isEqualTo(7));
    }

    @Test
    void aReasonIsOptional() {
        fixture.given(seeded(3))
                .when(new SetGmFear(CAMPAIGN, fear(3), fear(2), null))
                .expectEvents(new GmFearChanged(CAMPAIGN, 3, 2, null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"4, 0", "0, 12", "12, 0", "11, 12"})
    void fearMayGoToEitherEndOfItsRange(int current, int after) {
        fixture.given(seeded(4), new GmFearChanged(CAMPAIGN, 4, current, null))
                .when(new SetGmFear(CAMPAIGN, fear(current), fear(after), null))
                .expectEvents(new GmFearChanged(CAMPAIGN, current, after, null))
                .expectState(state -> assertThat(state.gmFear()).isEqualTo(after));
    }

    @Test
    void laterChangesFoldOnTopOfEachOther() {
        fixture.given(seeded(2), new GmFearChanged(CAMPAIGN, 2, 5, null), new GmFearChanged(CAMPAIGN, 5, 1, null))
                .when(new SetGmFear(CAMPAIGN, fear(1), fear(9), null))
                .expectEvents(new GmFearChanged(CAMPAIGN, 1, 9, null));
    }

    @Test
    void aStaleBeforeIsRefusedNamingIt() {
        expectRejection(fixture.given(seeded(3))
                .when(new SetGmFear(CAMPAIGN, fear(2), fear(5), null)), DAGGERHEART_GM_FEAR_BEFORE_MISMATCH, "before");
    }

    @Test
    void aStaleBeforeIsRefusedEvenWhenAfterIsTheCurrentValue() {
        // the client has not seen the current value, so "unchanged" is not what it meant
        expectRejection(fixture.given(seeded(3))
                .when(new SetGmFear(CAMPAIGN, fear(2), fear(3), null)), DAGGERHEART_GM_FEAR_BEFORE_MISMATCH, "before");
    }

    @Test
    void aNoOpIsRefused() {
        expectRejection(fixture.given(seeded(3))
                .when(new SetGmFear(CAMPAIGN, fear(3), fear(3), ROLL_WITH_FEAR)), DAGGERHEART_GM_FEAR_UNCHANGED, "after");
    }

    @Test
    void beforeTheFirstSessionThereIsNoFearToSet() {
        // no seed yet: the repository answers "not found", which the HTTP layer reports as DAGGERHEART_GM_STATE_NOT_FOUND
        fixture.givenNoPriorActivity()
                .when(new SetGmFear(CAMPAIGN, fear(0), fear(1), null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    private static GmFearChanged seeded(int fear) {
        return new GmFearChanged(CAMPAIGN, 0, fear, FIRST_SESSION_SEED);
    }

    private static GmFear fear(int value) {
        return GmFear.of(value, "gm_fear");
    }

    /** A rejection applies no event and carries its stable code and, where the rule names one, the field. */
    private static void expectRejection(ResultValidator<DaggerheartGmState> result, RejectionCode code, String field) {
        result.expectNoEvents().expectException(new TypeSafeMatcher<Rejected>() {
            @Override
            protected boolean matchesSafely(Rejected rejected) {
                return rejected.code() == code && Objects.equals(rejected.field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("Rejected " + code + " naming field " + field);
            }
        });
    }
}
