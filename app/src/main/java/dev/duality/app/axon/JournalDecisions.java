package dev.duality.app.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.envelope.Envelope;
import dev.duality.core.system.DecisionJournal;
import dev.duality.core.system.StreamFold;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The journal as a decision about earlier decisions reads it ({@link DecisionJournal}). A decision is found from one
 * of its events: a campaign's commands run one after another under its lock and each commits all its events in one
 * transaction, so a request's events are the run of the campaign's events around that one (in journal order) that
 * share its {@code correlation_id}. The scan walks the journal's global order outwards from the event in pages, and
 * stops at the first event of the campaign with another correlation; other campaigns' events in between are skipped
 * (which streams are the campaign's: {@link CampaignJournal#holds}).
 * Payloads are read in one query by the journal's own reader ({@link JournalStorageEngine#readAt}), upcast like every
 * other read.
 */
@Component
public class JournalDecisions implements DecisionJournal {
    private static final int PAGE = 200;
    private static final String SELECT = "select global_index, event_identifier, aggregate_identifier, "
            + "sequence_number, payload_type, meta_data, convert_from(payload, 'UTF8')::jsonb ->> 'campaign_id' "
            + "from domain_event_entry";
    private final JdbcTemplate jdbc;
    private final EventStore eventStore;
    private final JournalStorageEngine journal;
    private final ObjectMapper json = new ObjectMapper();

    public JournalDecisions(JdbcTemplate jdbc, EventStore eventStore, EventStorageEngine journal) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.journal = (JournalStorageEngine) journal;
    }

    private record Row(long globalIndex, String eventId, String aggregateId, long sequenceNumber, String type,
                       String correlationId, String payloadCampaignId) {
        boolean of(CampaignId campaignId) {
            return CampaignJournal.holds(campaignId, aggregateId, payloadCampaignId);
        }
    }

    @Override
    public List<RecordedEvent> decisionOf(CampaignId campaignId, String eventId) {
        List<Row> found = jdbc.query(SELECT + " where event_identifier = ?", this::row, eventId);
        if (found.isEmpty() || !found.get(0).of(campaignId)
                || found.get(0).correlationId() == null) {
            return List.of();
        }
        Row named = found.get(0);
        Deque<Row> decision = new ArrayDeque<>();
        decision.add(named);
        // backwards, then forwards, until an event of the campaign with another correlation (or the journal's end)
        around(named, campaignId, "<", "desc", decision::addFirst);
        around(named, campaignId, ">", "asc", decision::addLast);
        return recorded(List.copyOf(decision));
    }

    /** The campaign's events next to {@code named} on one side that share its correlation, nearest first. */
    private void around(Row named, CampaignId campaignId, String side, String order, Consumer<Row> sameDecision) {
        long from = named.globalIndex();
        boolean more = true;
        while (more) {
            List<Row> page = jdbc.query(SELECT + " where global_index " + side + " ? order by global_index " + order
                    + " limit " + PAGE, this::row, from);
            more = page.size() == PAGE;
            for (Row row : page) {
                from = row.globalIndex();
                if (row.of(campaignId)) {
                    if (!named.correlationId().equals(row.correlationId())) {
                        return;
                    }
                    sameDecision.accept(row);
                }
            }
        }
    }

    @Override
    public Optional<RecordedEvent> next(String aggregateId, long sequenceNumber) {
        return jdbc.query(SELECT + " where aggregate_identifier = ? and sequence_number > ? order by sequence_number"
                        + " limit 1", this::row, aggregateId, sequenceNumber).stream().findFirst()
                .map(row -> recorded(List.of(row)).get(0));
    }

    @Override
    public <A, R> Optional<R> readBefore(Class<A> aggregateType, String aggregateId, long sequenceNumber,
                                         Function<A, R> reader) {
        // from the stream's first event, never a snapshot: a snapshot may stand for events after the one wanted
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(aggregateId, 0).asStream()
                .takeWhile(event -> event.getSequenceNumber() < sequenceNumber).toList();
        return StreamFold.of(aggregateType, events).map(reader);
    }

    private Row row(java.sql.ResultSet rows, int index) throws java.sql.SQLException {
        return new Row(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4), rows.getString(5),
                correlationOf(rows.getBytes(6)), rows.getString(7));
    }

    private String correlationOf(byte[] metaData) {
        if (metaData == null) {
            return null;
        }
        try {
            return json.readTree(metaData).path(Envelope.CORRELATION_ID).asText(null);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable event metadata", e);
        }
    }

    /** The rows as recorded events, their payloads read (upcast) in one query of the journal. */
    private List<RecordedEvent> recorded(List<Row> rows) {
        Map<String, Object> payloads = new HashMap<>();
        try (Stream<TrackedEventMessage<?>> events = journal.readAt(rows.stream().map(Row::globalIndex).toList())) {
            events.forEach(event -> payloads.put(event.getIdentifier(), event.getPayload()));
        }
        return rows.stream().map(row -> new RecordedEvent(row.eventId(), row.aggregateId(), row.sequenceNumber(),
                row.type(), row.correlationId(), payloads.get(row.eventId()))).toList();
    }
}
