package dev.duality.sys.daggerheart.countdown;

import dev.duality.core.campaign.api.ShortCode;
import dev.duality.sys.daggerheart.countdown.api.AdvanceCountdown;
import dev.duality.sys.daggerheart.countdown.api.CountdownAdvanced;
import dev.duality.sys.daggerheart.countdown.api.CountdownTriggerResolved;
import dev.duality.sys.daggerheart.countdown.api.ResolveCountdownTrigger;
import dev.duality.sys.daggerheart.rules.CountdownLoop;
import dev.duality.sys.daggerheart.rules.CountdownPolicy;
import dev.duality.sys.daggerheart.rules.CountdownTone;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.duality.core.testing.Rejections.assertRefused;
import static dev.duality.core.testing.Rejections.assertRejected;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_BEFORE_MISMATCH;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_FINISHED;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_TRIGGER_NOT_PENDING;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_TRIGGER_PENDING;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_VALUE_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.countdown.Boards.BRIDGE;
import static dev.duality.sys.daggerheart.countdown.Boards.CAMPAIGN;
import static dev.duality.sys.daggerheart.countdown.Boards.RITUAL;
import static dev.duality.sys.daggerheart.countdown.Boards.UNKNOWN;
import static dev.duality.sys.daggerheart.countdown.Boards.WAR;
import static dev.duality.sys.daggerheart.countdown.Boards.advanced;
import static dev.duality.sys.daggerheart.countdown.Boards.bridge;
import static dev.duality.sys.daggerheart.countdown.Boards.created;
import static dev.duality.sys.daggerheart.countdown.Boards.finished;
import static dev.duality.sys.daggerheart.countdown.Boards.ritual;
import static dev.duality.sys.daggerheart.countdown.Boards.war;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sys.daggerheart.countdown.advance} and {@code .trigger_resolve}: each advance lowers a countdown, it triggers
 * at 0 (SRD section 8), and it waits there until the GM resolves the trigger, which applies its loop.
 */
class CountdownAdvanceTest {
    private static final ShortCode FEATURE = ShortCode.of("feature_tick", "reason");

    private final FixtureConfiguration<DaggerheartCountdowns> fixture = Boards.fixture();

    // --- advance ----------------------------------------------------------------------------------------------

    @Test
    void theGmAdvancesACountdownByOne() {
        fixture.given(ritual(4))
                .when(new AdvanceCountdown(CAMPAIGN, RITUAL, 1, null, FEATURE))
                .expectEvents(new CountdownAdvanced(CAMPAIGN, RITUAL, 4, 3, 1, false, FEATURE, null, false))
                .expectResultMessagePayload(new CountdownAdvanced(CAMPAIGN, RITUAL, 4, 3, 1, false, FEATURE, null, false))
                .expectState(board -> assertThat(board.countdown(RITUAL).orElseThrow().remaining()).isEqualTo(3));
    }

    @Test
    void reachingZeroTriggersTheCountdown() {
        fixture.given(ritual(4), advanced(RITUAL, 4, 2))
                .when(new AdvanceCountdown(CAMPAIGN, RITUAL, 2, 2, null))
                .expectEvents(new CountdownAdvanced(CAMPAIGN, RITUAL, 2, 0, 2, true, null, null, false))
                .expectState(board -> {
                    DaggerheartCountdowns.Countdown ritual = board.countdown(RITUAL).orElseThrow();
                    assertThat(ritual.remaining()).isZero();
                    assertThat(ritual.triggerPending()).isTrue();
                    assertThat(ritual.finished()).isFalse();
                });
    }

    @Test
    void anAdvancePastZeroStopsThere() {
        fixture.given(ritual(4), advanced(RITUAL, 4, 1))
                .when(new AdvanceCountdown(CAMPAIGN, RITUAL, 5, null, null))
                .expectEvents(new CountdownAdvanced(CAMPAIGN, RITUAL, 1, 0, 1, true, null, null, false));
    }

    @Test
    void aLongRestAdvancesALongTermCountdownByOne() {
        // SRD section 7, GM gains from rests: a long rest may advance one long-term countdown
        fixture.given(war(6))
                .when(new AdvanceCountdown(CAMPAIGN, WAR, 1, null, AdvanceCountdown.LONG_REST))
                .expectEvents(new CountdownAdvanced(CAMPAIGN, WAR, 6, 5, 1, false, AdvanceCountdown.LONG_REST, null, false));
    }

    @Test
    void theGmMayTickAStandardCountdownByHand() {
        // SRD section 8: features may set their own tick triggers
        fixture.given(bridge(3))
                .when(new AdvanceCountdown(CAMPAIGN, BRIDGE, 1, 3, FEATURE))
                .expectEvents(new CountdownAdvanced(CAMPAIGN, BRIDGE, 3, 2, 1, false, FEATURE, null, false));
    }

    @Test
    void aStaleBeforeIsRefused() {
        assertRefused(fixture.given(ritual(4), advanced(RITUAL, 4, 3))
                        .when(new AdvanceCountdown(CAMPAIGN, RITUAL, 1, 4, null)),
                DAGGERHEART_COUNTDOWN_BEFORE_MISMATCH, "before");
    }

    @Test
    void aCountdownWhoseTriggerIsPendingDoesNotAdvance() {
        assertRefused(fixture.given(ritual(4), advanced(RITUAL, 4, 0))
                        .when(new AdvanceCountdown(CAMPAIGN, RITUAL, 1, null, null)),
                DAGGERHEART_COUNTDOWN_TRIGGER_PENDING, null);
    }

    @Test
    void aFinishedCountdownDoesNotAdvance() {
        assertRefused(fixture.given(ritual(4), advanced(RITUAL, 4, 0), finished(RITUAL, 4))
                        .when(new AdvanceCountdown(CAMPAIGN, RITUAL, 1, 0, null)),
                DAGGERHEART_COUNTDOWN_FINISHED, null);
    }

    @Test
    void advancingAnUnknownCountdownIsRefused() {
        assertRefused(fixture.given(ritual(4)).when(new AdvanceCountdown(CAMPAIGN, UNKNOWN, 1, null, null)),
                DAGGERHEART_COUNTDOWN_NOT_FOUND, "countdown_id");
    }

    @Test
    void aCampaignWithoutCountdownsHasNoneToAdvance() {
        // a rest picking a long-term countdown in a campaign that has none is refused, naming the countdown
        assertRefused(fixture.givenNoPriorActivity()
                        .when(new AdvanceCountdown(CAMPAIGN, WAR, 1, null, AdvanceCountdown.LONG_REST)),
                DAGGERHEART_COUNTDOWN_NOT_FOUND, "countdown_id");
    }

    @ParameterizedTest(name = "amount {0}")
    @CsvSource({"0", "-1", "101"})
    void anAmountOutsideOneToOneHundredIsRefused(int amount) {
        // SRD section 8 (and the reference service): each advance must be more than 0
        assertRejected(() -> new AdvanceCountdown(CAMPAIGN, RITUAL, amount, null, null),
                DAGGERHEART_COUNTDOWN_VALUE_OUT_OF_RANGE, "amount");
    }

    @ParameterizedTest(name = "before {0}")
    @CsvSource({"-1", "101"})
    void aBeforeOutsideZeroToOneHundredIsRefused(int before) {
        assertRejected(() -> new AdvanceCountdown(CAMPAIGN, RITUAL, 1, before, null),
                DAGGERHEART_COUNTDOWN_VALUE_OUT_OF_RANGE, "before");
    }

    // --- trigger resolution -----------------------------------------------------------------------------------

    // SRD section 8 "Variants": loop (reset after triggering), increasing/decreasing (start value +/-1 per loop)
    @ParameterizedTest(name = "{0} from 3: start {1}, remaining {2}, finished {3}")
    @CsvSource({
            "NONE,                 3, 0, true",
            "RESET,                3, 3, false",
            "RESET_INCREASE_START, 4, 4, false",
            "RESET_DECREASE_START, 2, 2, false"})
    void resolvingATriggerAppliesTheLoop(CountdownLoop loop, int startAfter, int remaining, boolean done) {
        fixture.given(created(BRIDGE, CountdownTone.NEUTRAL, CountdownPolicy.ACTION_STANDARD, 3, loop),
                        advanced(BRIDGE, 3, 0))
                .when(new ResolveCountdownTrigger(CAMPAIGN, BRIDGE))
                .expectEvents(new CountdownTriggerResolved(CAMPAIGN, BRIDGE, loop, 3, startAfter, remaining, done, false))
                .expectState(board -> {
                    DaggerheartCountdowns.Countdown bridge = board.countdown(BRIDGE).orElseThrow();
                    assertThat(bridge.startingValue()).isEqualTo(startAfter);
                    assertThat(bridge.remaining()).isEqualTo(remaining);
                    assertThat(bridge.triggerPending()).isFalse();
                    assertThat(bridge.finished()).isEqualTo(done);
                });
    }

    @Test
    void aDecreasingCountdownNeverStartsBelowOne() {
        fixture.given(created(BRIDGE, CountdownTone.NEUTRAL, CountdownPolicy.MANUAL, 1,
                        CountdownLoop.RESET_DECREASE_START), advanced(BRIDGE, 1, 0))
                .when(new ResolveCountdownTrigger(CAMPAIGN, BRIDGE))
                .expectEvents(new CountdownTriggerResolved(CAMPAIGN, BRIDGE, CountdownLoop.RESET_DECREASE_START, 1, 1,
                        1, false, false));
    }

    @Test
    void aLoopingCountdownAdvancesAgainOnceItsTriggerIsResolved() {
        fixture.given(created(BRIDGE, CountdownTone.NEUTRAL, CountdownPolicy.ACTION_STANDARD, 2,
                                CountdownLoop.RESET_INCREASE_START), advanced(BRIDGE, 2, 0),
                        new CountdownTriggerResolved(CAMPAIGN, BRIDGE, CountdownLoop.RESET_INCREASE_START, 2, 3, 3,
                                false, false))
                .when(new AdvanceCountdown(CAMPAIGN, BRIDGE, 1, 3, null))
                .expectEvents(new CountdownAdvanced(CAMPAIGN, BRIDGE, 3, 2, 1, false, null, null, false));
    }

    @Test
    void aCountdownThatHasNotTriggeredHasNoTriggerToResolve() {
        assertRefused(fixture.given(ritual(4), advanced(RITUAL, 4, 1))
                        .when(new ResolveCountdownTrigger(CAMPAIGN, RITUAL)),
                DAGGERHEART_COUNTDOWN_TRIGGER_NOT_PENDING, null);
    }

    @Test
    void aTriggerIsResolvedOnce() {
        assertRefused(fixture.given(ritual(4), advanced(RITUAL, 4, 0), finished(RITUAL, 4))
                        .when(new ResolveCountdownTrigger(CAMPAIGN, RITUAL)),
                DAGGERHEART_COUNTDOWN_TRIGGER_NOT_PENDING, null);
    }

    @Test
    void resolvingAnUnknownCountdownsTriggerIsRefused() {
        assertRefused(fixture.given(ritual(4)).when(new ResolveCountdownTrigger(CAMPAIGN, UNKNOWN)),
                DAGGERHEART_COUNTDOWN_NOT_FOUND, "countdown_id");
    }
}
