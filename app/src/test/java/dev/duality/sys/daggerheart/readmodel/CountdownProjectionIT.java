package dev.duality.sys.daggerheart.readmodel;

import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.Name;
import dev.duality.sys.daggerheart.countdown.api.AdvanceCountdown;
import dev.duality.sys.daggerheart.countdown.api.CountdownAdvanced;
import dev.duality.sys.daggerheart.countdown.api.CountdownRestored;
import dev.duality.sys.daggerheart.undo.api.UndoneKind;
import dev.duality.sys.daggerheart.countdown.api.CountdownCreated;
import dev.duality.sys.daggerheart.countdown.api.CountdownDeleted;
import dev.duality.sys.daggerheart.countdown.api.CountdownId;
import dev.duality.sys.daggerheart.countdown.api.CountdownTriggerResolved;
import dev.duality.sys.daggerheart.countdown.api.CountdownUpdated;
import dev.duality.sys.daggerheart.countdown.readmodel.CountdownProjection;
import dev.duality.sys.daggerheart.countdown.readmodel.api.CountdownQueries.FindCountdown;
import dev.duality.sys.daggerheart.countdown.readmodel.api.CountdownQueries.ListCountdowns;
import dev.duality.sys.daggerheart.countdown.readmodel.api.CountdownStatus;
import dev.duality.sys.daggerheart.countdown.readmodel.api.CountdownView;
import dev.duality.sys.daggerheart.rules.CountdownLoop;
import dev.duality.sys.daggerheart.rules.CountdownPolicy;
import dev.duality.sys.daggerheart.rules.CountdownTone;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.List;
import java.util.Optional;

import static dev.duality.sys.daggerheart.readmodel.ProjectionFeed.at;
import static dev.duality.sys.daggerheart.readmodel.ProjectionFeed.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.axonframework.messaging.responsetypes.ResponseTypes.multipleInstancesOf;
import static org.axonframework.messaging.responsetypes.ResponseTypes.optionalInstanceOf;

/**
 * The Daggerheart countdown read model on its own: countdown events are handed to {@link CountdownProjection}'s
 * handlers, and a campaign's countdowns are read back through the query bus.
 */
@DualityIntegrationTest
class CountdownProjectionIT {
    private static final CountdownId RITUAL = CountdownId.of("ritual");
    private static final CountdownId PATROL = CountdownId.of("patrol");
    private static final Name RITUAL_NAME = new Name("The ritual completes");
    private static final Name PATROL_NAME = new Name("The patrol returns");

    @Autowired
    CountdownProjection projection;
    @Autowired
    Configuration axon;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    QueryGateway queries;
    ProjectionFeed feed;
    CampaignId campaign;

    @BeforeEach
    void setUp() {
        feed = new ProjectionFeed(projection, axon, transactionManager);
        campaign = CampaignId.generate();
    }

    @Test
    void aCampaignWithoutCountdownsListsNone() {
        assertThat(list(campaign)).isEmpty();
        assertThat(find(campaign, RITUAL)).isEmpty();
    }

    @Test
    void aCreatedCountdownIsActiveAtItsRemainingValue() {
        feed.feed(recorded(at("18:10"), ritual(campaign)));

        assertThat(find(campaign, RITUAL)).contains(new CountdownView("ritual", "The ritual completes",
                CountdownTone.CONSEQUENCE, CountdownPolicy.ACTION_DYNAMIC, 4, 4, CountdownLoop.NONE, true,
                CountdownStatus.ACTIVE, at("18:10"), at("18:10")));
    }

    @Test
    void advancesLowerItAndReachingZeroLeavesTheTriggerPending() {
        feed.feed(recorded(at("18:10"), ritual(campaign)),
                // a failure with Fear: consequence 3 (SRD dynamic countdown table)
                recorded(at("18:40"), new CountdownAdvanced(campaign, RITUAL, 4, 1, 3, false,
                        CountdownAdvanced.ACTION_ROLL, 2L, false)));
        CountdownView one = find(campaign, RITUAL).orElseThrow();
        assertThat(one.remaining()).isEqualTo(1);
        assertThat(one.status()).isEqualTo(CountdownStatus.ACTIVE);
        assertThat(one.updatedAt()).isEqualTo(at("18:40"));

        feed.feed(recorded(at("18:55"), new CountdownAdvanced(campaign, RITUAL, 1, 0, 1, true,
                CountdownAdvanced.ACTION_ROLL, 3L, false)));

        CountdownView triggered = find(campaign, RITUAL).orElseThrow();
        assertThat(triggered.remaining()).isZero();
        assertThat(triggered.status()).isEqualTo(CountdownStatus.TRIGGER_PENDING);
    }

    @Test
    void anUndoPutsWhatRemainedAndTheTriggerBack() {
        feed.feed(recorded(at("18:10"), ritual(campaign)),
                recorded(at("18:40"), new CountdownAdvanced(campaign, RITUAL, 4, 0, 4, true,
                        CountdownAdvanced.ACTION_ROLL, 2L, true)),
                recorded(at("18:45"), new CountdownRestored(campaign, RITUAL, UndoneKind.ROLL_OUTCOME, "outcome-2", 0,
                        4, false, true)));

        CountdownView restored = find(campaign, RITUAL).orElseThrow();
        assertThat(List.of(restored.remaining(), restored.status(), restored.updatedAt()))
                .containsExactly(4, CountdownStatus.ACTIVE, at("18:45"));
    }

    @Test
    void resolvingATriggerAppliesWhatTheLoopDecided() {
        feed.feed(recorded(at("18:10"), patrol(campaign)),
                recorded(at("18:20"), new CountdownAdvanced(campaign, PATROL, 2, 0, 2, true, null, null, false)),
                recorded(at("18:25"), new CountdownTriggerResolved(campaign, PATROL,
                        CountdownLoop.RESET_INCREASE_START, 2, 3, 3, false, false)));

        assertThat(find(campaign, PATROL)).contains(new CountdownView("patrol", "The patrol returns",
                CountdownTone.NEUTRAL, CountdownPolicy.ACTION_STANDARD, 3, 3, CountdownLoop.RESET_INCREASE_START,
                false, CountdownStatus.ACTIVE, at("18:10"), at("18:25")));
    }

    @Test
    void aResolvedTriggerWithoutALoopFinishesTheCountdown() {
        feed.feed(recorded(at("18:10"), ritual(campaign)),
                recorded(at("18:40"), new CountdownAdvanced(campaign, RITUAL, 4, 0, 4, true, null, null, false)),
                recorded(at("18:45"), new CountdownTriggerResolved(campaign, RITUAL, CountdownLoop.NONE, 4, 4, 0,
                        true, false)));

        CountdownView finished = find(campaign, RITUAL).orElseThrow();
        assertThat(finished.remaining()).isZero();
        assertThat(finished.startingValue()).isEqualTo(4);
        assertThat(finished.status()).isEqualTo(CountdownStatus.FINISHED);
    }

    @Test
    void anUpdateRenamesAndHides() {
        feed.feed(recorded(at("18:10"), ritual(campaign)),
                recorded(at("18:12"), new CountdownUpdated(campaign, RITUAL, new Name("The rite"), false)));

        CountdownView updated = find(campaign, RITUAL).orElseThrow();
        assertThat(updated.name()).isEqualTo("The rite");
        assertThat(updated.visibleToPlayers()).isFalse();
        assertThat(updated.remaining()).isEqualTo(4);
        assertThat(updated.updatedAt()).isEqualTo(at("18:12"));
    }

    @Test
    void theListIsInTheOrderTheCountdownsWereCreatedAndADeletedOneLeavesIt() {
        CampaignId other = CampaignId.generate();
        feed.feed(recorded(at("18:10"), patrol(campaign)), recorded(at("18:11"), ritual(other)),
                recorded(at("18:12"), ritual(campaign)));
        assertThat(list(campaign)).extracting(CountdownView::countdownId).containsExactly("patrol", "ritual");

        feed.feed(recorded(at("18:30"), new CountdownDeleted(campaign, PATROL, false)));

        assertThat(list(campaign)).extracting(CountdownView::countdownId).containsExactly("ritual");
        assertThat(find(campaign, PATROL)).isEmpty();
        // each campaign has its own countdowns, under the same ids
        assertThat(list(other)).extracting(CountdownView::countdownId).containsExactly("ritual");
    }

    @Test
    void aDeletedCountdownsIdCreatedAgainIsANewCountdown() {
        feed.feed(recorded(at("18:10"), ritual(campaign)),
                recorded(at("18:20"), new CountdownAdvanced(campaign, RITUAL, 4, 2, 2, false, null, null, false)),
                recorded(at("18:30"), new CountdownDeleted(campaign, RITUAL, false)),
                recorded(at("18:35"), ritual(campaign)));

        CountdownView again = find(campaign, RITUAL).orElseThrow();
        assertThat(again.remaining()).isEqualTo(4);
        assertThat(again.createdAt()).isEqualTo(at("18:35"));
    }

    @Test
    void feedingTheSameHistoryAgainGivesTheSameState() {
        List<EventMessage<?>> history = evening(campaign);
        feed.feed(history);
        List<CountdownView> first = list(campaign);

        feed.feed(history);

        assertThat(list(campaign)).isEqualTo(first);
        assertThat(first).extracting(CountdownView::countdownId, CountdownView::remaining, CountdownView::status)
                .containsExactly(tuple("ritual", 3, CountdownStatus.ACTIVE));
    }

    @Test
    void aResetClearsTheCountdownsAndAReplayFromTheStartBuildsThemAgain() {
        List<EventMessage<?>> history = evening(campaign);
        feed.feed(history);
        List<CountdownView> built = list(campaign);

        feed.rolledBack(() -> {
            feed.reset();
            assertThat(list(campaign)).isEmpty();

            feed.feed(history);
            assertThat(list(campaign)).isEqualTo(built);
        });

        // the reset was rolled back: the rows of this and every other test are still there
        assertThat(list(campaign)).isEqualTo(built);
    }

    /** The GM prepares two countdowns, the patrol is played out and removed, the ritual advances on a long rest. */
    private static List<EventMessage<?>> evening(CampaignId campaign) {
        return List.of(recorded(at("17:30"), ritual(campaign)), recorded(at("17:31"), patrol(campaign)),
                recorded(at("18:20"), new CountdownAdvanced(campaign, PATROL, 2, 0, 2, true, null, null, false)),
                recorded(at("18:25"), new CountdownDeleted(campaign, PATROL, false)),
                recorded(at("19:40"), new CountdownAdvanced(campaign, RITUAL, 4, 3, 1, false,
                        AdvanceCountdown.LONG_REST, null, false)));
    }

    /** A visible dynamic consequence countdown from 4. */
    private static CountdownCreated ritual(CampaignId campaign) {
        return new CountdownCreated(campaign, RITUAL, RITUAL_NAME, CountdownTone.CONSEQUENCE,
                CountdownPolicy.ACTION_DYNAMIC, 4, 4, CountdownLoop.NONE, true);
    }

    /** A hidden standard countdown from 2 that grows by 1 each time it loops. */
    private static CountdownCreated patrol(CampaignId campaign) {
        return new CountdownCreated(campaign, PATROL, PATROL_NAME, CountdownTone.NEUTRAL,
                CountdownPolicy.ACTION_STANDARD, 2, 2, CountdownLoop.RESET_INCREASE_START, false);
    }

    private List<CountdownView> list(CampaignId campaign) {
        return queries.query(new ListCountdowns(campaign.value()), multipleInstancesOf(CountdownView.class)).join();
    }

    private Optional<CountdownView> find(CampaignId campaign, CountdownId countdown) {
        return queries.query(new FindCountdown(campaign.value(), countdown.value()),
                optionalInstanceOf(CountdownView.class)).join();
    }
}
