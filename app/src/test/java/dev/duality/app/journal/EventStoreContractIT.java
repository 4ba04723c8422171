package dev.duality.app.journal;

import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.ServiceIntegrationTest;
import dev.duality.core.action.api.StoryNoteAdded;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.FreeText;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The guarantees the journal gives, run against the real store (Axon's event store on PostgreSQL, through the same
 * unit of work and transaction an aggregate's events take): append atomicity, per-stream order, global order,
 * optimistic concurrency, idempotent append and read-after-append. The events are story notes (audit-only: only the
 * timeline, which indexes the whole journal, applies them) appended to a real campaign's stream.
 */
@DualityIntegrationTest
class EventStoreContractIT extends ServiceIntegrationTest {
    @Autowired
    EventStore eventStore;
    @Autowired
    EventStorageEngine storage;
    @Autowired
    TransactionManager transactions;
    private String campaignId;
    private String aggregateType;
    private Map<String, Object> envelope;

    @BeforeEach
    void aCampaign() {
        Api.Response created = anonymous.createCampaign("Contract");
        campaignId = created.at("/campaign_id");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        aggregateType = jdbc.queryForObject("select type from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = 0", String.class, campaignId);
        // the envelope of the campaign's creation, as every event of a request carries one
        envelope = new java.util.HashMap<>(storage.readEvents(campaignId).next().getMetaData());
    }

    @Test
    void aUnitOfWorksEventsAreAppendedAllOrNone() {
        long next = nextSequence();
        assertThatThrownBy(() -> append(note(next, "first"), note(next + 1, "second"), note(next + 1, "clash")))
                .isInstanceOf(Exception.class);
        assertThat(stream()).extracting(DomainEventMessage::getSequenceNumber).doesNotContain(next, next + 1);
        assertThat(nextSequence()).isEqualTo(next);
    }

    @Test
    void aStreamReadsBackInItsOwnOrderAndTheJournalInGlobalOrder() {
        TrackingToken before = storage.createHeadToken();
        long next = nextSequence();
        for (int i = 0; i < 5; i++) {
            append(note(next + i, "note " + i));
        }
        List<? extends DomainEventMessage<?>> stream = stream();
        for (int i = 0; i < stream.size(); i++) {
            assertThat(stream.get(i).getSequenceNumber()).isEqualTo(i);
        }
        assertThat(stream.subList((int) next, stream.size())).extracting(event -> content(event))
                .containsExactly("note 0", "note 1", "note 2", "note 3", "note 4");

        List<Long> positions = new ArrayList<>();
        List<String> contents = new ArrayList<>();
        try (Stream<? extends TrackedEventMessage<?>> journalOrder = storage.readEvents(before, false)) {
            journalOrder.filter(event -> event.getPayload() instanceof StoryNoteAdded note
                            && note.campaignId().value().equals(campaignId))
                    .forEach(event -> {
                        positions.add(event.trackingToken().position().orElseThrow());
                        contents.add(content(event));
                    });
        }
        assertThat(contents).containsExactly("note 0", "note 1", "note 2", "note 3", "note 4");
        assertThat(positions).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void ofConcurrentAppendsAtOneSequenceNumberExactlyOneIsStored() throws Exception {
        long next = nextSequence();
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                String content = "writer " + i;
                Callable<Boolean> writer = () -> {
                    start.await();
                    try {
                        append(note(next, content));
                        return true;
                    } catch (Exception refused) {
                        return false;
                    }
                };
                outcomes.add(pool.submit(writer));
            }
            start.countDown();
            long stored = 0;
            for (Future<Boolean> outcome : outcomes) {
                stored += outcome.get() ? 1 : 0;
            }
            assertThat(stored).isOne();
        } finally {
            pool.shutdownNow();
        }
        assertThat(stream()).filteredOn(event -> event.getSequenceNumber() == next).hasSize(1);
        assertThat(nextSequence()).isEqualTo(next + 1);
    }

    @Test
    void anEventAppendedTwiceIsStoredOnce() {
        long next = nextSequence();
        DomainEventMessage<StoryNoteAdded> once = note(next, "once");
        append(once);
        // the same event (same identifier) appended again, as a retry that does not know the first one landed
        DomainEventMessage<StoryNoteAdded> again = new GenericDomainEventMessage<>(aggregateType, campaignId,
                next + 1, once, once.getTimestamp());
        assertThatThrownBy(() -> append(again)).isInstanceOf(Exception.class);
        assertThat(stream()).filteredOn(event -> event.getIdentifier().equals(once.getIdentifier())).hasSize(1);
        assertThat(nextSequence()).isEqualTo(next + 1);
    }

    @Test
    void whatWasAppendedIsReadTheMomentTheAppendReturns() {
        TrackingToken before = storage.createHeadToken();
        long next = nextSequence();
        DomainEventMessage<StoryNoteAdded> appended = note(next, "at once");
        append(appended);
        assertThat(storage.lastSequenceNumberFor(campaignId)).contains(next);
        assertThat(stream().get((int) next).getIdentifier()).isEqualTo(appended.getIdentifier());
        try (Stream<? extends TrackedEventMessage<?>> after = storage.readEvents(before, false)) {
            assertThat(after.map(TrackedEventMessage::getIdentifier)).contains(appended.getIdentifier());
        }
    }

    private DomainEventMessage<StoryNoteAdded> note(long sequence, String content) {
        return new GenericDomainEventMessage<>(aggregateType, campaignId, sequence,
                new StoryNoteAdded(CampaignId.of(campaignId), null, FreeText.of(content, "content"), null),
                envelope);
    }

    /** Appends in one unit of work and transaction, as an aggregate's command handler does. */
    private void append(DomainEventMessage<?>... events) {
        // the unit of work of a request carries its envelope, which correlation data providers copy onto events
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(events[0]);
        unitOfWork.attachTransaction(transactions);
        unitOfWork.execute(() -> eventStore.publish(List.of(events)));
    }

    private List<? extends DomainEventMessage<?>> stream() {
        return storage.readEvents(campaignId).asStream().toList();
    }

    private long nextSequence() {
        return storage.lastSequenceNumberFor(campaignId).orElse(-1L) + 1;
    }

    private static String content(org.axonframework.eventhandling.EventMessage<?> event) {
        return ((StoryNoteAdded) event.getPayload()).content().value();
    }
}
