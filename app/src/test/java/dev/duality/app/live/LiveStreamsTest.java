package dev.duality.app.live;

import dev.duality.app.projection.TimelineProgress.TimelineAdvanced;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.ParticipantRole;
import dev.duality.core.rejection.Category;
import dev.duality.core.rejection.Rejected;
import dev.duality.projections.timeline.api.TimelineQueries.TimelineEntry;
import dev.duality.web.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * The engine behind {@code GET …/events/stream}, on an in-memory timeline: what another node writes arrives by polling,
 * what this node applied arrives on its notification, each caller sees what they may, the number of streams is
 * bounded, and stopping ends every stream and thread. (The HTTP side and the notification path of the real timeline:
 * EventStreamIT.)
 */
class LiveStreamsTest {
    private static final CampaignId CAMPAIGN = CampaignId.of("c-1");
    private static final Caller GM = new Caller.Participant("c-1", "gm-1");
    private static final Caller PLAYER = new Caller.Participant("c-1", "player-1");
    private static final Duration GUARD = Duration.ofSeconds(20);

    private final FakeTimeline timeline = new FakeTimeline();
    private LiveStreams streams;

    @AfterEach
    void stop() {
        if (streams != null) {
            streams.stop();
        }
    }

    private LiveStreams start(int maxStreams, Duration heartbeat, Duration poll) {
        streams = new LiveStreams(timeline, new LiveProperties(maxStreams, heartbeat, poll));
        streams.start();
        return streams;
    }

    @Test
    void whatAnotherNodeWroteArrivesByPolling() {
        start(10, Duration.ofHours(1), Duration.ofMillis(20));
        timeline.append("campaign.created", false);
        Sink sink = new Sink();
        streams.open(CAMPAIGN, GM, 0, sink);
        assertThat(sink.nextEntry().seq()).isEqualTo(1);

        // no notification: only the poll can find these
        timeline.append("participant.joined", false);
        timeline.append("campaign.updated", false);
        assertThat(List.of(sink.nextEntry().seq(), sink.nextEntry().seq())).containsExactly(2L, 3L);
    }

    @Test
    void whatThisNodeAppliedArrivesOnItsNotification() {
        start(10, Duration.ofHours(1), Duration.ofHours(1));
        timeline.append("campaign.created", false);
        Sink sink = new Sink();
        streams.open(CAMPAIGN, GM, 0, sink);
        assertThat(sink.nextEntry().seq()).isEqualTo(1);

        timeline.append("campaign.updated", false);
        streams.on(new TimelineAdvanced(CAMPAIGN.value()));
        assertThat(sink.nextEntry().seq()).isEqualTo(2);
    }

    @Test
    void playersSkipGmOnlyEntriesAndTheStreamEndsWhenTheyLeave() {
        start(10, Duration.ofHours(1), Duration.ofMillis(20));
        timeline.seat("gm-1", ParticipantRole.GM);
        timeline.seat("player-1", ParticipantRole.PLAYER);
        timeline.append("campaign.created", false);
        timeline.append("sys.daggerheart.countdown_created", true);
        timeline.append("campaign.updated", false);
        Sink gm = new Sink();
        Sink player = new Sink();
        Sink admin = new Sink();
        streams.open(CAMPAIGN, GM, 0, gm);
        streams.open(CAMPAIGN, PLAYER, 0, player);
        streams.open(CAMPAIGN, new Caller.Admin(), 0, admin);
        assertThat(List.of(gm.nextEntry().seq(), gm.nextEntry().seq(), gm.nextEntry().seq()))
                .containsExactly(1L, 2L, 3L);
        assertThat(List.of(admin.nextEntry().seq(), admin.nextEntry().seq(), admin.nextEntry().seq()))
                .containsExactly(1L, 2L, 3L);
        assertThat(List.of(player.nextEntry().seq(), player.nextEntry().seq())).containsExactly(1L, 3L);

        timeline.unseat("player-1");
        timeline.append("participant.left", false);
        assertThat(gm.nextEntry().seq()).isEqualTo(4);
        assertThat(player.next()).as("a participant who left gets nothing more").isEqualTo(Sink.COMPLETED);
        await().atMost(GUARD).until(() -> streams.openStreams() == 2);
    }

    @Test
    void aNodeServesAtMostMaxStreamsAndAClosedStreamFreesItsSlot() {
        start(2, Duration.ofHours(1), Duration.ofHours(1));
        LiveStreams.Stream first = streams.open(CAMPAIGN, GM, 0, new Sink());
        streams.open(CampaignId.of("c-2"), new Caller.Admin(), 0, new Sink());

        assertThatThrownBy(() -> streams.open(CAMPAIGN, GM, 0, new Sink())).isInstanceOfSatisfying(Rejected.class,
                refused -> {
                    assertThat(refused.code()).isEqualTo(LiveRejection.LIVE_STREAM_LIMIT_REACHED);
                    assertThat(refused.code().category()).isEqualTo(Category.UNAVAILABLE);
                });
        first.close();
        first.close();
        assertThat(streams.openStreams()).as("closing twice frees one slot").isEqualTo(1);
        streams.open(CAMPAIGN, GM, 0, new Sink());
        assertThat(streams.openStreams()).isEqualTo(2);
    }

    @Test
    void aClientThatWentAwayIsNoticedByTheHeartbeatAndFreesItsSlot() {
        start(10, Duration.ofMillis(20), Duration.ofHours(1));
        Sink alive = new Sink();
        Sink gone = new Sink();
        streams.open(CAMPAIGN, GM, 0, alive);
        streams.open(CAMPAIGN, GM, 0, gone);
        assertThat(alive.next()).isEqualTo(Sink.HEARTBEAT);
        gone.broken = true;
        await().atMost(GUARD).until(() -> streams.openStreams() == 1);
        assertThat(alive.next()).as("the other stream goes on").isEqualTo(Sink.HEARTBEAT);
    }

    @Test
    void aStartBeyondTheEndOfTheTimelineStillLetsOtherStreamsFollow() {
        start(10, Duration.ofHours(1), Duration.ofHours(1));
        timeline.append("campaign.created", false);
        // a made-up Last-Event-ID opens the campaign's watch first
        Sink madeUp = new Sink();
        streams.open(CAMPAIGN, GM, 1_000_000, madeUp);
        Sink honest = new Sink();
        streams.open(CAMPAIGN, GM, 0, honest);
        assertThat(honest.nextEntry().seq()).as("its own catch-up is done").isEqualTo(1);

        timeline.append("campaign.updated", false);
        streams.on(new TimelineAdvanced(CAMPAIGN.value()));
        assertThat(honest.nextEntry().seq()).isEqualTo(2);
    }

    @Test
    void stoppingEndsEveryStreamAndThreadAndRefusesNewOnes() {
        start(10, Duration.ofMillis(20), Duration.ofMillis(20));
        Sink one = new Sink();
        Sink two = new Sink();
        streams.open(CAMPAIGN, GM, 0, one);
        streams.open(CampaignId.of("c-2"), GM, 0, two);

        streams.stop();

        assertThat(one.drain()).contains(Sink.COMPLETED);
        assertThat(two.drain()).contains(Sink.COMPLETED);
        assertThat(streams.openStreams()).isZero();
        assertThat(streams.terminated()).as("the clock and the workers have ended").isTrue();
        assertThatThrownBy(() -> streams.open(CAMPAIGN, GM, 0, new Sink())).isInstanceOfSatisfying(Rejected.class,
                refused -> assertThat(refused.code()).isEqualTo(LiveRejection.LIVE_STREAM_LIMIT_REACHED));
    }

    /** A campaign timeline in memory, numbered from 1, and who sits at the table as what. */
    static final class FakeTimeline implements TimelineReads {
        private final List<TimelineEntry> entries = new CopyOnWriteArrayList<>();
        private final List<Boolean> gmOnly = new CopyOnWriteArrayList<>();
        private final Map<String, ParticipantRole> seats = new ConcurrentHashMap<>(Map.of("gm-1", ParticipantRole.GM));

        synchronized void append(String type, boolean hidden) {
            entries.add(new TimelineEntry(entries.size() + 1, type, "gm-1", Instant.EPOCH, type,
                    "event-" + (entries.size() + 1)));
            gmOnly.add(hidden);
        }

        void seat(String participantId, ParticipantRole role) {
            seats.put(participantId, role);
        }

        void unseat(String participantId) {
            seats.remove(participantId);
        }

        @Override
        public synchronized List<TimelineEntry> after(String campaignId, long afterSeq, int limit,
                                                      boolean includeGmOnly) {
            List<TimelineEntry> found = new ArrayList<>();
            if (!campaignId.equals(CAMPAIGN.value())) {
                return found;
            }
            for (int i = 0; i < entries.size() && found.size() < limit; i++) {
                if (entries.get(i).seq() > afterSeq && (includeGmOnly || !gmOnly.get(i))) {
                    found.add(entries.get(i));
                }
            }
            return found;
        }

        @Override
        public Optional<ParticipantRole> seat(String campaignId, String participantId) {
            return Optional.ofNullable(seats.get(participantId));
        }
    }

    /** Records what a stream writes; a broken one fails every write, as a socket whose client went away. */
    static final class Sink implements LiveStreams.Sink {
        static final String HEARTBEAT = "heartbeat";
        static final String COMPLETED = "completed";
        private final BlockingQueue<Object> written = new LinkedBlockingQueue<>();
        volatile boolean broken;

        @Override
        public void send(TimelineEntry entry) throws IOException {
            write(entry);
        }

        @Override
        public void heartbeat() throws IOException {
            write(HEARTBEAT);
        }

        @Override
        public void complete() {
            written.add(COMPLETED);
        }

        private void write(Object item) throws IOException {
            if (broken) {
                throw new IOException("Broken pipe");
            }
            written.add(item);
        }

        Object next() {
            try {
                Object item = written.poll(GUARD.toMillis(), TimeUnit.MILLISECONDS);
                if (item == null) {
                    fail("nothing written within " + GUARD);
                }
                return item;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** The next entry, heartbeats skipped. */
        TimelineEntry nextEntry() {
            for (Object item = next(); ; item = next()) {
                if (item instanceof TimelineEntry entry) {
                    return entry;
                }
                assertThat(item).as("a stream that ended").isNotEqualTo(COMPLETED);
            }
        }

        List<Object> drain() {
            List<Object> items = new ArrayList<>();
            written.drainTo(items);
            return items;
        }
    }
}
