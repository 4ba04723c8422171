package dev.duality.sys.daggerheart.readmodel;

import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.session.api.SessionId;
import dev.duality.sys.daggerheart.roll.api.ActionRollResolved;
import dev.duality.sys.daggerheart.roll.api.RollOutcomeApplied;
import dev.duality.sys.daggerheart.roll.readmodel.ActionRollProjection;
import dev.duality.sys.daggerheart.roll.readmodel.api.ActionRollQueries.FindActionRoll;
import dev.duality.sys.daggerheart.roll.readmodel.api.ActionRollQueries.ListActionRolls;
import dev.duality.sys.daggerheart.roll.readmodel.api.ActionRollView;
import dev.duality.sys.daggerheart.rules.DualityResult;
import dev.duality.sys.daggerheart.rules.GmMove;
import dev.duality.sys.daggerheart.rules.Trait;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.duality.sys.daggerheart.readmodel.ProjectionFeed.at;
import static dev.duality.sys.daggerheart.readmodel.ProjectionFeed.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.messaging.responsetypes.ResponseTypes.multipleInstancesOf;
import static org.axonframework.messaging.responsetypes.ResponseTypes.optionalInstanceOf;

/**
 * The Daggerheart action roll read model on its own: a Ranger's Duality rolls and their outcomes are handed to
 * {@link ActionRollProjection}'s handlers, and the rolls are read back one by one and per session through the query
 * bus.
 */
@DualityIntegrationTest
class ActionRollProjectionIT {
    private static final SessionId FIRST_SESSION = SessionId.of("session-1");
    private static final SessionId SECOND_SESSION = SessionId.of("session-2");

    @Autowired
    ActionRollProjection projection;
    @Autowired
    Configuration axon;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    QueryGateway queries;
    ProjectionFeed feed;
    Ranger ranger;

    @BeforeEach
    void setUp() {
        feed = new ProjectionFeed(projection, axon, transactionManager);
        ranger = Ranger.inNewCampaign();
    }

    @Test
    void aResolvedRollShowsItsDiceWhatWasAddedAndItsResultAndWaitsForItsOutcome() {
        feed.feed(recorded(at("19:05"), ranger.trackingRoll(FIRST_SESSION, 3, 2)));

        // Hope 9 + Fear 4 + Agility 2 + Tracker 2 = 17 against 12: success with Hope, 1 Hope, no GM move
        ActionRollView expected = new ActionRollView(3, "session-1", "sable", Trait.AGILITY, 2, List.of("Tracker"), 2,
                0, 9, 4, 0, 12, false, 17, DualityResult.SUCCESS_WITH_HOPE, 1, 0, 0, false, GmMove.NONE, false, 1,
                false, at("19:05"));
        assertThat(roll(ranger.campaignId(), 3)).get().usingRecursiveComparison().isEqualTo(expected);
    }

    @Test
    void applyingAnOutcomeMarksOnlyThatRoll() {
        feed.feed(recorded(at("19:05"), ranger.trackingRoll(FIRST_SESSION, 3, 2)),
                recorded(at("19:09"), ranger.failedRollWithFear(FIRST_SESSION, 4, 1)),
                recorded(at("19:10"), outcomeApplied(ranger, 4)));

        ActionRollView failed = roll(ranger.campaignId(), 4).orElseThrow();
        assertThat(failed.outcomeApplied()).isTrue();
        // 3 + 7 - 4 (disadvantage) + 1 (Instinct) = 7 against 15: failure with Fear, 1 Fear, a major GM move
        assertThat(failed).usingRecursiveComparison().isEqualTo(new ActionRollView(4, "session-1", "sable",
                Trait.INSTINCT, 1, List.of(), 0, 0, 3, 7, -4, 15, false, 7, DualityResult.FAILURE_WITH_FEAR, 0, 0, 1,
                true, GmMove.MAJOR, false, 0, true, at("19:09")));
        assertThat(roll(ranger.campaignId(), 3).orElseThrow().outcomeApplied()).isFalse();
    }

    @Test
    void aRollWithoutTraitOrDifficultyKeepsThemEmpty() {
        // a plain Duality roll, no trait, no Difficulty: only the dice speak, Hope 5 over Fear 2
        feed.feed(recorded(at("19:30"), new ActionRollResolved(ranger.campaignId(), ranger.characterId(),
                FIRST_SESSION, 5, null, 0, List.of(), 0, 0, 5, 2, 0, null, false, 7, DualityResult.WITH_HOPE, 1, 0, 0,
                false, GmMove.NONE, false, 0, 2)));

        ActionRollView roll = roll(ranger.campaignId(), 5).orElseThrow();
        assertThat(roll.trait()).isNull();
        assertThat(roll.difficulty()).isNull();
        assertThat(roll.result()).isEqualTo(DualityResult.WITH_HOPE);
        assertThat(roll.total()).isEqualTo(7);
    }

    @Test
    void aCriticalReactionRollIgnoresItsEffectsAndGivesNothing() {
        // an Agility reaction roll against 14 with matching 6s: critical, but a reaction gives no Hope, clears no
        // Stress and gives no Fear; the roller ignores the effects instead
        feed.feed(recorded(at("19:40"), new ActionRollResolved(ranger.campaignId(), ranger.characterId(),
                FIRST_SESSION, 6, Trait.AGILITY, 2, List.of(), 0, 0, 6, 6, 0, 14, true, 14,
                DualityResult.CRITICAL_SUCCESS, 0, 0, 0, false, GmMove.NONE, true, 0, 2)));

        assertThat(roll(ranger.campaignId(), 6)).get().usingRecursiveComparison().isEqualTo(new ActionRollView(6,
                "session-1", "sable", Trait.AGILITY, 2, List.of(), 0, 0, 6, 6, 0, 14, true, 14,
                DualityResult.CRITICAL_SUCCESS, 0, 0, 0, false, GmMove.NONE, true, 0, false, at("19:40")));
    }

    @Test
    void aSessionListsItsOwnRollsInRollOrder() {
        Ranger wren = ranger.named("wren");
        // the same roll numbers in another campaign are other rolls
        Ranger elsewhere = Ranger.inNewCampaign();
        feed.feed(recorded(at("19:05"), ranger.trackingRoll(FIRST_SESSION, 3, 2)),
                recorded(at("19:07"), wren.failedRollWithFear(FIRST_SESSION, 4, 2)),
                recorded(at("19:09"), ranger.failedRollWithFear(FIRST_SESSION, 5, 1)),
                recorded(at("19:11"), elsewhere.trackingRoll(FIRST_SESSION, 4, 2)),
                // a week later, the campaign's numbering goes on in its second session
                recorded(Instant.parse("2025-03-08T19:05:00Z"), ranger.trackingRoll(SECOND_SESSION, 6, 2)));

        List<ActionRollView> first = rolls(ranger.campaignId(), FIRST_SESSION);

        assertThat(first).extracting(ActionRollView::rollSeq).containsExactly(3L, 4L, 5L);
        assertThat(first).extracting(ActionRollView::characterId).containsExactly("sable", "wren", "sable");
        assertThat(first).extracting(ActionRollView::sessionId).containsOnly("session-1");
        assertThat(first.get(1)).usingRecursiveComparison().isEqualTo(roll(ranger.campaignId(), 4).orElseThrow());
        assertThat(rolls(ranger.campaignId(), SECOND_SESSION)).extracting(ActionRollView::rollSeq)
                .containsExactly(6L);
        assertThat(roll(elsewhere.campaignId(), 4).orElseThrow().result()).isEqualTo(DualityResult.SUCCESS_WITH_HOPE);
        assertThat(roll(ranger.campaignId(), 4).orElseThrow().result()).isEqualTo(DualityResult.FAILURE_WITH_FEAR);
    }

    @Test
    void anUnknownRollIsNotFoundAndAnOutcomeForItCreatesNoRoll() {
        feed.feed(recorded(at("19:05"), ranger.trackingRoll(FIRST_SESSION, 3, 2)),
                recorded(at("19:10"), outcomeApplied(ranger, 99)));

        assertThat(roll(ranger.campaignId(), 99)).isEmpty();
        assertThat(roll(CampaignId.generate(), 3)).isEmpty();
        assertThat(rolls(ranger.campaignId(), SessionId.of("session-9"))).isEmpty();
        assertThat(rolls(ranger.campaignId(), FIRST_SESSION)).extracting(ActionRollView::rollSeq)
                .containsExactly(3L);
    }

    @Test
    void feedingTheSameHistoryAgainGivesTheSameRolls() {
        List<EventMessage<?>> history = evening(ranger);
        feed.feed(history);
        List<ActionRollView> first = rolls(ranger.campaignId(), FIRST_SESSION);

        feed.feed(history);

        assertThat(rolls(ranger.campaignId(), FIRST_SESSION)).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(first);
        assertThat(first).extracting(ActionRollView::outcomeApplied).containsExactly(true, false);
    }

    @Test
    void aResetClearsTheRollsAndAReplayFromTheStartBuildsThemAgain() {
        List<EventMessage<?>> history = evening(ranger);
        feed.feed(history);
        List<ActionRollView> built = rolls(ranger.campaignId(), FIRST_SESSION);

        feed.rolledBack(() -> {
            feed.reset();
            assertThat(rolls(ranger.campaignId(), FIRST_SESSION)).isEmpty();
            assertThat(roll(ranger.campaignId(), 3)).isEmpty();

            feed.feed(history);
            assertThat(rolls(ranger.campaignId(), FIRST_SESSION)).usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyElementsOf(built);
        });

        // the reset was rolled back: the rows of this and every other test are still there
        assertThat(rolls(ranger.campaignId(), FIRST_SESSION)).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(built);
    }

    /** Two rolls of one session; only the first one's outcome is applied so far. */
    private static List<EventMessage<?>> evening(Ranger ranger) {
        return List.of(recorded(at("19:05"), ranger.trackingRoll(FIRST_SESSION, 3, 2)),
                recorded(at("19:06"), outcomeApplied(ranger, 3)),
                recorded(at("19:09"), ranger.failedRollWithFear(FIRST_SESSION, 4, 2)));
    }

    private static RollOutcomeApplied outcomeApplied(Ranger ranger, long rollSeq) {
        return new RollOutcomeApplied(ranger.campaignId(), ranger.characterId(), rollSeq, "request-" + rollSeq);
    }

    private Optional<ActionRollView> roll(CampaignId campaign, long rollSeq) {
        return queries.query(new FindActionRoll(campaign.value(), rollSeq), optionalInstanceOf(ActionRollView.class))
                .join();
    }

    private List<ActionRollView> rolls(CampaignId campaign, SessionId session) {
        return queries.query(new ListActionRolls(campaign.value(), session.value()),
                multipleInstancesOf(ActionRollView.class)).join();
    }
}
