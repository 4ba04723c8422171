package dev.duality.sys.daggerheart.countdown;

import dev.duality.core.campaign.api.Name;
import dev.duality.core.value.ValueRejection;
import dev.duality.sys.daggerheart.countdown.api.CountdownCreated;
import dev.duality.sys.daggerheart.countdown.api.CountdownDeleted;
import dev.duality.sys.daggerheart.countdown.api.CountdownUpdated;
import dev.duality.sys.daggerheart.countdown.api.CreateCountdown;
import dev.duality.sys.daggerheart.countdown.api.DeleteCountdown;
import dev.duality.sys.daggerheart.countdown.api.UpdateCountdown;
import dev.duality.sys.daggerheart.rules.CountdownLoop;
import dev.duality.sys.daggerheart.rules.CountdownPolicy;
import dev.duality.sys.daggerheart.rules.CountdownTone;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.duality.core.testing.Rejections.assertRefused;
import static dev.duality.core.testing.Rejections.assertRejected;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_EXISTS;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_TONE_REQUIRED;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_UNCHANGED;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_VALUE_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.countdown.Boards.BRIDGE;
import static dev.duality.sys.daggerheart.countdown.Boards.CAMPAIGN;
import static dev.duality.sys.daggerheart.countdown.Boards.DOOR;
import static dev.duality.sys.daggerheart.countdown.Boards.RITUAL;
import static dev.duality.sys.daggerheart.countdown.Boards.UNKNOWN;
import static dev.duality.sys.daggerheart.countdown.Boards.advanced;
import static dev.duality.sys.daggerheart.countdown.Boards.bridge;
import static dev.duality.sys.daggerheart.countdown.Boards.ritual;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sys.daggerheart.countdown.create}, {@code .update} and {@code .delete}: the GM sets countdowns up, renames
 * them, shows or hides them, and removes them.
 */
class CountdownLifecycleTest {
    private static final Name RITUAL_NAME = new Name("The ritual completes");

    private final FixtureConfiguration<DaggerheartCountdowns> fixture = Boards.fixture();

    // --- create -----------------------------------------------------------------------------------------------

    @Test
    void theFirstCountdownOfACampaignCreatesItsBoard() {
        // "Countdown (4)": a consequence countdown the players can see, driven by the dynamic table
        fixture.givenNoPriorActivity()
                .when(new CreateCountdown(CAMPAIGN, RITUAL, RITUAL_NAME, CountdownTone.CONSEQUENCE,
                        CountdownPolicy.ACTION_DYNAMIC, 4, 4, CountdownLoop.NONE, true))
                .expectEvents(new CountdownCreated(CAMPAIGN, RITUAL, RITUAL_NAME, CountdownTone.CONSEQUENCE,
                        CountdownPolicy.ACTION_DYNAMIC, 4, 4, CountdownLoop.NONE, true))
                .expectState(board -> {
                    assertThat(board.countdownIds()).containsExactly(RITUAL);
                    DaggerheartCountdowns.Countdown ritual = board.countdown(RITUAL).orElseThrow();
                    assertThat(ritual.remaining()).isEqualTo(4);
                    assertThat(ritual.triggerPending()).isFalse();
                    assertThat(ritual.finished()).isFalse();
                    assertThat(ritual.visibleToPlayers()).isTrue();
                });
    }

    @Test
    void aCountdownMayStartPartWayDown() {
        fixture.given(ritual(4))
                .when(new CreateCountdown(CAMPAIGN, BRIDGE, new Name("The bridge gives way"), CountdownTone.NEUTRAL,
                        CountdownPolicy.ACTION_STANDARD, 6, 2, CountdownLoop.RESET, false))
                .expectEvents(new CountdownCreated(CAMPAIGN, BRIDGE, new Name("The bridge gives way"),
                        CountdownTone.NEUTRAL, CountdownPolicy.ACTION_STANDARD, 6, 2, CountdownLoop.RESET, false))
                .expectState(board -> assertThat(board.countdownIds()).containsExactly(RITUAL, BRIDGE));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CountdownPolicy.class)
    void everyPolicyTakesAConsequenceTone(CountdownPolicy policy) {
        fixture.givenNoPriorActivity()
                .when(new CreateCountdown(CAMPAIGN, RITUAL, RITUAL_NAME, CountdownTone.CONSEQUENCE, policy, 3, 3,
                        CountdownLoop.NONE, false))
                .expectEvents(new CountdownCreated(CAMPAIGN, RITUAL, RITUAL_NAME, CountdownTone.CONSEQUENCE, policy,
                        3, 3, CountdownLoop.NONE, false));
    }

    @Test
    void anIdTheCampaignUsesIsRefused() {
        assertRefused(fixture.given(ritual(4))
                        .when(new CreateCountdown(CAMPAIGN, RITUAL, RITUAL_NAME, CountdownTone.NEUTRAL,
                                CountdownPolicy.MANUAL, 2, 2, CountdownLoop.NONE, false)),
                DAGGERHEART_COUNTDOWN_EXISTS, "countdown_id");
    }

    @Test
    void aDeletedCountdownsIdMayBeUsedAgain() {
        fixture.given(ritual(4), new CountdownDeleted(CAMPAIGN, RITUAL, false))
                .when(new CreateCountdown(CAMPAIGN, RITUAL, RITUAL_NAME, CountdownTone.NEUTRAL,
                        CountdownPolicy.MANUAL, 2, 2, CountdownLoop.NONE, false))
                .expectEvents(new CountdownCreated(CAMPAIGN, RITUAL, RITUAL_NAME, CountdownTone.NEUTRAL,
                        CountdownPolicy.MANUAL, 2, 2, CountdownLoop.NONE, false));
    }

    @Test
    void aNeutralDynamicCountdownIsRefused() {
        // SRD section 8: dynamic countdowns are progress or consequence countdowns, one column each of the table
        assertRefused(fixture.givenNoPriorActivity()
                        .when(new CreateCountdown(CAMPAIGN, RITUAL, RITUAL_NAME, CountdownTone.NEUTRAL,
                                CountdownPolicy.ACTION_DYNAMIC, 4, 4, CountdownLoop.NONE, false)),
                DAGGERHEART_COUNTDOWN_TONE_REQUIRED, "tone");
    }

    @ParameterizedTest(name = "starting_value {0}")
    @CsvSource({"0", "-3", "101"})
    void aStartingValueOutsideOneToOneHundredIsRefused(int start) {
        assertRejected(() -> new CreateCountdown(CAMPAIGN, RITUAL, RITUAL_NAME, CountdownTone.NEUTRAL,
                        CountdownPolicy.MANUAL, start, 1, CountdownLoop.NONE, false),
                DAGGERHEART_COUNTDOWN_VALUE_OUT_OF_RANGE, "starting_value");
    }

    @ParameterizedTest(name = "remaining {1} of {0}")
    @CsvSource({"4, 0", "4, 5", "4, -1"})
    void aRemainingValueOutsideOneToTheStartIsRefused(int start, int remaining) {
        assertRejected(() -> new CreateCountdown(CAMPAIGN, RITUAL, RITUAL_NAME, CountdownTone.NEUTRAL,
                        CountdownPolicy.MANUAL, start, remaining, CountdownLoop.NONE, false),
                DAGGERHEART_COUNTDOWN_VALUE_OUT_OF_RANGE, "remaining");
    }

    @Test
    void aCountdownNeedsANameATonePolicyAndLoop() {
        assertRejected(() -> new CreateCountdown(CAMPAIGN, RITUAL, null, CountdownTone.NEUTRAL,
                CountdownPolicy.MANUAL, 3, 3, CountdownLoop.NONE, false), ValueRejection.VALUE_REQUIRED, "name");
        assertRejected(() -> new CreateCountdown(CAMPAIGN, RITUAL, RITUAL_NAME, null,
                CountdownPolicy.MANUAL, 3, 3, CountdownLoop.NONE, false), ValueRejection.VALUE_REQUIRED, "tone");
        assertRejected(() -> new CreateCountdown(CAMPAIGN, RITUAL, RITUAL_NAME, CountdownTone.NEUTRAL,
                null, 3, 3, CountdownLoop.NONE, false), ValueRejection.VALUE_REQUIRED, "policy");
        assertRejected(() -> new CreateCountdown(CAMPAIGN, RITUAL, RITUAL_NAME, CountdownTone.NEUTRAL,
                CountdownPolicy.MANUAL, 3, 3, null, false), ValueRejection.VALUE_REQUIRED, "loop");
    }

    // --- update -----------------------------------------------------------------------------------------------

    @Test
    void theGmShowsACountdownToThePlayers() {
        fixture.given(ritual(4))
                .when(new UpdateCountdown(CAMPAIGN, RITUAL, null, true))
                .expectEvents(new CountdownUpdated(CAMPAIGN, RITUAL, Boards.nameOf(RITUAL), true))
                .expectState(board -> assertThat(board.countdown(RITUAL).orElseThrow().visibleToPlayers()).isTrue());
    }

    @Test
    void theGmRenamesACountdownAndItKeepsCounting() {
        fixture.given(ritual(4), advanced(RITUAL, 4, 2))
                .when(new UpdateCountdown(CAMPAIGN, RITUAL, RITUAL_NAME, null))
                .expectEvents(new CountdownUpdated(CAMPAIGN, RITUAL, RITUAL_NAME, false))
                .expectState(board -> {
                    DaggerheartCountdowns.Countdown ritual = board.countdown(RITUAL).orElseThrow();
                    assertThat(ritual.name()).isEqualTo(RITUAL_NAME);
                    assertThat(ritual.remaining()).isEqualTo(2);
                    assertThat(ritual.startingValue()).isEqualTo(4);
                });
    }

    @Test
    void anUpdateThatChangesNothingIsRefused() {
        assertRefused(fixture.given(ritual(4))
                        .when(new UpdateCountdown(CAMPAIGN, RITUAL, Boards.nameOf(RITUAL), false)),
                DAGGERHEART_COUNTDOWN_UNCHANGED, null);
    }

    @Test
    void anUpdateThatNamesNothingIsRefused() {
        assertRefused(fixture.given(ritual(4)).when(new UpdateCountdown(CAMPAIGN, RITUAL, null, null)),
                DAGGERHEART_COUNTDOWN_UNCHANGED, null);
    }

    @Test
    void updatingAnUnknownCountdownIsRefused() {
        assertRefused(fixture.given(ritual(4)).when(new UpdateCountdown(CAMPAIGN, UNKNOWN, RITUAL_NAME, null)),
                DAGGERHEART_COUNTDOWN_NOT_FOUND, "countdown_id");
    }

    @Test
    void aCampaignWithoutCountdownsFindsNoneToUpdateAndWritesNothing() {
        assertRefused(fixture.givenNoPriorActivity().when(new UpdateCountdown(CAMPAIGN, RITUAL, RITUAL_NAME, true)),
                DAGGERHEART_COUNTDOWN_NOT_FOUND, "countdown_id");
    }

    // --- delete -----------------------------------------------------------------------------------------------

    @Test
    void theGmDeletesACountdownAndTheOthersStay() {
        fixture.given(ritual(4), bridge(3), Boards.door(5))
                .when(new DeleteCountdown(CAMPAIGN, BRIDGE))
                .expectEvents(new CountdownDeleted(CAMPAIGN, BRIDGE, false))
                .expectState(board -> {
                    assertThat(board.countdownIds()).containsExactly(RITUAL, DOOR);
                    assertThat(board.countdown(BRIDGE)).isEmpty();
                });
    }

    @Test
    void aCountdownWhoseTriggerIsPendingMayBeDeleted() {
        fixture.given(bridge(1), advanced(BRIDGE, 1, 0))
                .when(new DeleteCountdown(CAMPAIGN, BRIDGE))
                .expectEvents(new CountdownDeleted(CAMPAIGN, BRIDGE, false));
    }

    @Test
    void deletingAnUnknownCountdownIsRefused() {
        assertRefused(fixture.given(ritual(4), new CountdownDeleted(CAMPAIGN, RITUAL, false))
                        .when(new DeleteCountdown(CAMPAIGN, RITUAL)),
                DAGGERHEART_COUNTDOWN_NOT_FOUND, "countdown_id");
    }

    @Test
    void aCampaignWithoutCountdownsHasNoneToDelete() {
        assertRefused(fixture.givenNoPriorActivity().when(new DeleteCountdown(CAMPAIGN, RITUAL)),
                DAGGERHEART_COUNTDOWN_NOT_FOUND, "countdown_id");
    }
}
