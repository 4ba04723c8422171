package dev.duality.sys.daggerheart.readmodel;

import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.session.api.SessionId;
import dev.duality.sys.daggerheart.gm.api.CampaignSettingsUpdated;
import dev.duality.sys.daggerheart.gm.api.GmFearChanged;
import dev.duality.sys.daggerheart.gm.api.GmStateRestored;
import dev.duality.sys.daggerheart.undo.api.UndoneKind;
import dev.duality.sys.daggerheart.gm.readmodel.GmStateProjection;
import dev.duality.sys.daggerheart.gm.readmodel.api.CampaignSettingsView;
import dev.duality.sys.daggerheart.gm.readmodel.api.GmStateQueries.FindCampaignSettings;
import dev.duality.sys.daggerheart.gm.readmodel.api.GmStateQueries.FindGmState;
import dev.duality.sys.daggerheart.gm.readmodel.api.GmStateView;
import dev.duality.sys.daggerheart.rest.api.RestTaken;
import dev.duality.sys.daggerheart.rules.RestType;
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
import static org.axonframework.messaging.responsetypes.ResponseTypes.optionalInstanceOf;

/**
 * The Daggerheart GM state read model on its own: Fear, rest and settings events are handed to
 * {@link GmStateProjection}'s handlers, and the GM's Fear, the run of short rests and the campaign's settings are read
 * back through the query bus.
 */
@DualityIntegrationTest
class GmStateProjectionIT {
    // reasons as the write side records them: a roll with Fear's outcome, and a GM's own code for a spend
    private static final ShortCode ROLL_WITH_FEAR = ShortCode.of("roll_with_fear", "reason");
    private static final ShortCode SPOTLIGHT = ShortCode.of("spotlight_adversary", "reason");
    private static final ShortCode SHORT_REST = ShortCode.of("short_rest", "reason");

    @Autowired
    GmStateProjection projection;
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
    void aCampaignWithoutEventsHasNoFearAndTheDefaultSettings() {
        assertThat(gmState(campaign)).isEmpty();
        // the optional rules are off until chosen: massive damage is an opt-in
        assertThat(settings(campaign)).isEqualTo(new CampaignSettingsView(campaign.value(), false));
    }

    @Test
    void settingsChosenBeforeTheFirstSessionDoNotMakeFearExist() {
        feed.feed(recorded(at("17:30"), new CampaignSettingsUpdated(campaign, true)));

        assertThat(settings(campaign)).isEqualTo(new CampaignSettingsView(campaign.value(), true));
        assertThat(gmState(campaign)).isEmpty();
    }

    @Test
    void anUndoPutsTheFearAndTheRunOfShortRestsBack() {
        feed.feed(recorded(at("18:30"), seed(campaign, 3)),
                recorded(at("19:00"), rest(campaign, RestType.SHORT, false, RestType.SHORT, 2, 1)),
                recorded(at("19:00"), new GmFearChanged(campaign, 3, 5, SHORT_REST, 0, 1L)),
                recorded(at("19:10"), new GmStateRestored(campaign, UndoneKind.REST, "rest-1", 5, 3, 0)));

        assertThat(gmState(campaign)).contains(new GmStateView(campaign.value(), 3, at("19:10"), 0));
    }

    @Test
    void theFirstSessionSeedsFearAndEveryLaterChangeIsCopied() {
        // two player characters: the GM starts with 2 Fear
        feed.feed(recorded(at("18:30"), seed(campaign, 2)));
        assertThat(gmState(campaign)).contains(new GmStateView(campaign.value(), 2, at("18:30"), 0));

        feed.feed(recorded(at("19:05"), new GmFearChanged(campaign, 2, 3, ROLL_WITH_FEAR, 0, 8L)));
        assertThat(gmState(campaign)).contains(new GmStateView(campaign.value(), 3, at("19:05"), 0));

        feed.feed(recorded(at("19:20"), new GmFearChanged(campaign, 3, 1, SPOTLIGHT, 0, null)));
        assertThat(gmState(campaign)).contains(new GmStateView(campaign.value(), 1, at("19:20"), 0));
        // Fear changes leave the settings as they were
        assertThat(settings(campaign)).isEqualTo(new CampaignSettingsView(campaign.value(), false));
    }

    @Test
    void changingTheSettingsBetweenSessionsLeavesFearAndWhenItLastChanged() {
        feed.feed(recorded(at("17:30"), new CampaignSettingsUpdated(campaign, false)),
                recorded(at("18:30"), seed(campaign, 3)),
                recorded(at("21:00"), new CampaignSettingsUpdated(campaign, true)));

        assertThat(settings(campaign)).isEqualTo(new CampaignSettingsView(campaign.value(), true));
        // GmStateView.updatedAt is when the Fear last changed: the settings are another view's concern
        assertThat(gmState(campaign)).contains(new GmStateView(campaign.value(), 3, at("18:30"), 0));
    }

    @Test
    void restsCountTheShortRestsInARowUntilALongRest() {
        feed.feed(recorded(at("18:30"), seed(campaign, 3)));

        // a short rest: the run is 1; its Fear comes with the gm_fear_changed that follows it
        feed.feed(recorded(at("19:00"), rest(campaign, RestType.SHORT, false, RestType.SHORT, 2, 1)));
        assertThat(gmState(campaign)).contains(new GmStateView(campaign.value(), 3, at("18:30"), 1));
        feed.feed(recorded(at("19:00"), new GmFearChanged(campaign, 3, 5, SHORT_REST, 0, 4L)));
        assertThat(gmState(campaign)).contains(new GmStateView(campaign.value(), 5, at("19:00"), 1));

        // an interrupted short rest gives nothing and leaves the run as it was; two more make three in a row
        feed.feed(recorded(at("19:30"), rest(campaign, RestType.SHORT, true, null, 0, 1)),
                recorded(at("20:00"), rest(campaign, RestType.SHORT, false, RestType.SHORT, 1, 2)),
                recorded(at("20:30"), rest(campaign, RestType.SHORT, false, RestType.SHORT, 1, 3)));
        assertThat(gmState(campaign).orElseThrow().shortRestsInARow()).isEqualTo(3);

        // the long rest ends the run
        feed.feed(recorded(at("22:00"), rest(campaign, RestType.LONG, false, RestType.LONG, 6, 0)));
        assertThat(gmState(campaign).orElseThrow().shortRestsInARow()).isZero();
    }

    @Test
    void feedingTheSameRestsAgainGivesTheSameRun() {
        List<EventMessage<?>> rests = List.of(recorded(at("18:30"), seed(campaign, 2)),
                recorded(at("19:00"), rest(campaign, RestType.SHORT, false, RestType.SHORT, 2, 1)),
                recorded(at("19:00"), new GmFearChanged(campaign, 2, 4, SHORT_REST, 0, 1L)),
                recorded(at("20:00"), rest(campaign, RestType.LONG, true, RestType.SHORT, 3, 2)));
        feed.feed(rests);
        feed.feed(rests);

        assertThat(gmState(campaign)).contains(new GmStateView(campaign.value(), 4, at("19:00"), 2));
    }

    @Test
    void eachCampaignHasItsOwnGmState() {
        CampaignId other = CampaignId.generate();
        feed.feed(recorded(at("17:30"), new CampaignSettingsUpdated(other, true)),
                recorded(at("18:30"), seed(campaign, 4)), recorded(at("18:31"), seed(other, 1)));

        assertThat(gmState(campaign)).contains(new GmStateView(campaign.value(), 4, at("18:30"), 0));
        assertThat(settings(campaign).massiveDamage()).isFalse();
        assertThat(gmState(other)).contains(new GmStateView(other.value(), 1, at("18:31"), 0));
        assertThat(settings(other).massiveDamage()).isTrue();
    }

    @Test
    void feedingTheSameHistoryAgainGivesTheSameState() {
        List<EventMessage<?>> history = evening(campaign);
        feed.feed(history);
        Optional<GmStateView> first = gmState(campaign);

        feed.feed(history);

        assertThat(gmState(campaign)).isEqualTo(first);
        assertThat(first).contains(new GmStateView(campaign.value(), 1, at("19:20"), 0));
        assertThat(settings(campaign)).isEqualTo(new CampaignSettingsView(campaign.value(), true));
    }

    @Test
    void aResetClearsTheGmStateAndAReplayFromTheStartBuildsItAgain() {
        List<EventMessage<?>> history = evening(campaign);
        feed.feed(history);
        GmStateView built = gmState(campaign).orElseThrow();

        feed.rolledBack(() -> {
            feed.reset();
            assertThat(gmState(campaign)).isEmpty();
            // without a row the settings fall back to the defaults
            assertThat(settings(campaign)).isEqualTo(new CampaignSettingsView(campaign.value(), false));

            feed.feed(history);
            assertThat(gmState(campaign)).contains(built);
            assertThat(settings(campaign)).isEqualTo(new CampaignSettingsView(campaign.value(), true));
        });

        // the reset was rolled back: the rows of this and every other test are still there
        assertThat(gmState(campaign)).contains(built);
    }

    /**
     * Settings chosen before the first session, the seed, a roll with Fear and a spend, and after the session the
     * massive damage rule turned on.
     */
    private static List<EventMessage<?>> evening(CampaignId campaign) {
        return List.of(recorded(at("17:30"), new CampaignSettingsUpdated(campaign, false)),
                recorded(at("18:30"), seed(campaign, 2)),
                recorded(at("19:05"), new GmFearChanged(campaign, 2, 3, ROLL_WITH_FEAR, 0, 8L)),
                recorded(at("19:20"), new GmFearChanged(campaign, 3, 1, SPOTLIGHT, 0, null)),
                recorded(at("21:00"), new CampaignSettingsUpdated(campaign, true)));
    }

    /** A rest of one character as the GM state records it: what it gave, and the run of short rests after it. */
    private static RestTaken rest(CampaignId campaign, RestType type, boolean interrupted, RestType benefits,
                                  int fearGained, int shortRestsInARow) {
        return new RestTaken(campaign, SessionId.of("s-1"), type, interrupted, benefits, benefits == null ? null : 1L,
                benefits == null ? null : 1, fearGained, shortRestsInARow, List.of(CharacterId.of("sable")));
    }

    /** The first session's seed: 1 Fear per player character, from 0. */
    private static GmFearChanged seed(CampaignId campaign, int playerCharacters) {
        return new GmFearChanged(campaign, 0, playerCharacters, GmFearChanged.FIRST_SESSION_SEED, 0, null);
    }

    private Optional<GmStateView> gmState(CampaignId campaign) {
        return queries.query(new FindGmState(campaign.value()), optionalInstanceOf(GmStateView.class)).join();
    }

    private CampaignSettingsView settings(CampaignId campaign) {
        return queries.query(new FindCampaignSettings(campaign.value()), optionalInstanceOf(CampaignSettingsView.class))
                .join().orElseThrow();
    }
}
