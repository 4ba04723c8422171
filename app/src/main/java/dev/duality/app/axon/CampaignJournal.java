package dev.duality.app.axon;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.catalog.MessageCatalog;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A campaign's events as the journal holds them, read for a bundle, and a bundle's events appended as they were
 * recorded elsewhere. Reading goes around Axon (it has no "every stream of a campaign"); appending goes through the
 * event store, so the hash-chain trigger chains the events and the projections apply them as they apply any
 * command's, inline in the same transaction or, in the async mode, from the journal.
 */
@Component
public class CampaignJournal {
    private final JdbcTemplate jdbc;
    private final MessageCatalog catalog;
    private final Serializer serializer;
    private final EventStore eventStore;
    private final TransactionManager transactions;
    private final ObjectProvider<org.axonframework.config.Configuration> axon;
    private final List<String> upcastTypes;

    public CampaignJournal(JdbcTemplate jdbc, MessageCatalog catalog,
                           @Qualifier("eventSerializer") Serializer serializer, EventStore eventStore,
                           TransactionManager transactions, ObjectProvider<org.axonframework.config.Configuration> axon,
                           @Value("${duality.journal.upcast-types:}") List<String> upcastTypes) {
        this.upcastTypes = upcastTypes;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.serializer = serializer;
        this.eventStore = eventStore;
        this.transactions = transactions;
        this.axon = axon;
    }

    /**
     * One event as the journal recorded it: its columns but the global index and the hash, which belong to the
     * journal that holds it. Payload and metadata are the stored JSON bytes.
     */
    public record RecordedEvent(String eventId, String aggregateId, String aggregateType, long sequenceNumber,
                                String type, String revision, String timestamp, byte[] payload, byte[] metaData) {
    }

    /**
     * Every event of the campaign, in journal order: its own stream and every stream whose identifier names it
     * ({@code session:<campaign>:…}, a game system's {@code <system>:<kind>:<campaign>…}) and whose payloads name it
     * as their {@code campaign_id}, so an identifier that merely contains the id is never taken for one of its streams.
     */
    public List<RecordedEvent> events(CampaignId campaignId) {
        String id = campaignId.value();
        String like = "%:" + id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.query("""
                select event_identifier, aggregate_identifier, type, sequence_number, payload_type, payload_revision,
                       time_stamp, payload, meta_data
                from domain_event_entry
                where aggregate_identifier = ?
                   or (aggregate_identifier like ? and convert_from(payload, 'UTF8')::jsonb ->> 'campaign_id' = ?)
                order by global_index""", (row, n) -> new RecordedEvent(row.getString(1), row.getString(2),
                row.getString(3), row.getLong(4), row.getString(5), row.getString(6), row.getString(7),
                row.getBytes(8), row.getBytes(9)), id, like, id);
    }

    /**
     * The rule of {@link #events} for one journal row: the campaign's own stream, or a stream whose identifier names
     * it and whose payload names it as its {@code campaign_id}.
     */
    public static boolean holds(CampaignId campaignId, String aggregateId, String payloadCampaignId) {
        String id = campaignId.value();
        return aggregateId.equals(id) || aggregateId.contains(":" + id) && id.equals(payloadCampaignId);
    }

    /**
     * Whether this service can read events of this type: the catalog registers it, or an upcaster renames it
     * ({@code duality.journal.upcast-types}); the rule the start-up check applies to the journal
     * ({@link RecordedTypes}).
     */
    public boolean knowsEventType(String type) {
        return catalog.event(type).isPresent() || upcastTypes.contains(type);
    }

    /** Whether the journal holds any of these streams or event ids already. */
    public boolean holdsAny(Collection<String> aggregateIds, Collection<String> eventIds) {
        Boolean held = jdbc.queryForObject("""
                select exists (select 1 from domain_event_entry where aggregate_identifier = any (?))
                    or exists (select 1 from domain_event_entry where event_identifier = any (?))""",
                Boolean.class, aggregateIds.toArray(String[]::new), eventIds.toArray(String[]::new));
        return Boolean.TRUE.equals(held);
    }

    /** The journal's limit on an id, a stream, a type, a revision and a time stamp (its columns' width). */
    public static final int MAX_COLUMN_LENGTH = 255;

    /**
     * The payload as this service reads it: through the upcasters, into its event class. Fails on a payload that does
     * not fit its type, or metadata that is not a JSON object.
     */
    public Object read(RecordedEvent event) {
        DomainEventMessage<?> read = upcast(event);
        read.getMetaData();
        return read.getPayload();
    }

    /**
     * Appends the events in one unit of work and transaction, in the given order, each unchanged: its id, stream,
     * sequence number, time, type, revision, payload and metadata bytes. The projections receive each event's payload
     * as this service reads it (upcast), while the journal stores the bytes recorded elsewhere.
     */
    public void append(List<RecordedEvent> events) {
        List<DomainEventMessage<?>> messages = new ArrayList<>(events.size());
        for (RecordedEvent event : events) {
            messages.add(asRecorded(event));
        }
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(messages.get(0));
        unitOfWork.attachTransaction(transactions);
        unitOfWork.execute(() -> eventStore.publish(messages));
    }

    private DomainEventMessage<?> upcast(RecordedEvent event) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>(event.aggregateType(),
                event.aggregateId(), event.sequenceNumber(), event.eventId(), event.timestamp(), event.type(),
                event.revision(), event.payload(), event.metaData());
        return EventStreamUtils.upcastAndDeserializeDomainEvents(java.util.stream.Stream.of(entry), serializer,
                axon.getObject().upcasterChain()).next();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private DomainEventMessage<?> asRecorded(RecordedEvent event) {
        DomainEventMessage<?> read = upcast(event);
        SerializedObject<byte[]> payload = new SimpleSerializedObject<>(event.payload(), byte[].class,
                new SimpleSerializedType(event.type(), event.revision()));
        SerializedObject<byte[]> metaData = new SimpleSerializedObject<>(event.metaData(), byte[].class,
                MetaData.class.getName(), null);
        return new GenericDomainEventMessage(event.aggregateType(), event.aggregateId(), event.sequenceNumber(),
                new AsRecorded(read, payload, metaData), Instant.parse(event.timestamp()));
    }

    /**
     * A message whose payload and metadata are the upcast event's, but which serializes to the bytes it was recorded
     * with: the journal keeps what the exporting service stored, whatever shape this service reads it in.
     */
    private record AsRecorded<T>(Message<T> read, SerializedObject<byte[]> payload, SerializedObject<byte[]> metaData)
            implements Message<T> {
        @Override
        public String getIdentifier() {
            return read.getIdentifier();
        }

        @Override
        public MetaData getMetaData() {
            return read.getMetaData();
        }

        @Override
        public T getPayload() {
            return read.getPayload();
        }

        @Override
        public Class<T> getPayloadType() {
            return read.getPayloadType();
        }

        @Override
        public Message<T> withMetaData(Map<String, ?> metaData) {
            return unchanged(metaData, getMetaData().equals(MetaData.from(metaData)));
        }

        @Override
        public Message<T> andMetaData(Map<String, ?> metaData) {
            return unchanged(metaData, getMetaData().entrySet().containsAll(MetaData.from(metaData).entrySet()));
        }

        private Message<T> unchanged(Map<String, ?> metaData, boolean same) {
            if (!same) {
                // nothing adds metadata to an import (no command runs); if something did, it would change the record
                throw new IllegalStateException("an imported event's metadata cannot change: " + metaData);
            }
            return this;
        }

        @Override
        public <R> SerializedObject<R> serializePayload(Serializer serializer, Class<R> expectedRepresentation) {
            return serializer.getConverter().convert(payload, expectedRepresentation);
        }

        @Override
        public <R> SerializedObject<R> serializeMetaData(Serializer serializer, Class<R> expectedRepresentation) {
            return serializer.getConverter().convert(metaData, expectedRepresentation);
        }
    }
}
