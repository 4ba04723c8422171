package dev.duality.app.axon;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Trusts a snapshot only if it is intact (its hash, computed by the database when it was stored, still matches its
 * columns) and bound to the journal: the event it claims to fold last is in the journal, of the snapshot's
 * aggregate type, with the hash the snapshot was stored with, and that event's own hash verifies against its
 * predecessor. One indexed query per snapshot read. A refused snapshot is logged and counted
 * ({@code duality.journal.snapshots.refused}), and the aggregate is loaded from an older snapshot or the events.
 */
final class TrustedSnapshots implements SnapshotFilter {
    private static final Logger log = LoggerFactory.getLogger(TrustedSnapshots.class);
    private final JdbcTemplate jdbc;
    private final Counter refused;

    TrustedSnapshots(JdbcTemplate jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.refused = Counter.builder("duality.journal.snapshots.refused")
                .description("Snapshots not used because they do not match the journal").register(meters);
    }

    @Override
    public boolean test(DomainEventData<?> snapshot) {
        Boolean trusted = jdbc.query("""
                select coalesce(s.hash = duality_snapshot_hash(s.event_hash, s.aggregate_identifier,
                                    s.sequence_number, s.type, s.event_identifier, s.time_stamp, s.payload_type,
                                    s.payload_revision, s.payload, s.meta_data)
                                and s.event_hash = e.hash and s.type = e.type
                                and e.hash = duality_event_hash(p.hash, e.global_index, e.event_identifier,
                                    e.aggregate_identifier, e.sequence_number, e.type, e.time_stamp,
                                    e.payload_type, e.payload_revision, e.payload, e.meta_data), false)
                from snapshot_event_entry s
                join domain_event_entry e
                  on e.aggregate_identifier = s.aggregate_identifier and e.sequence_number = s.sequence_number
                left join domain_event_entry p
                  on p.aggregate_identifier = e.aggregate_identifier and p.sequence_number = e.sequence_number - 1
                where s.event_identifier = ?""", rows -> rows.next() && rows.getBoolean(1),
                snapshot.getEventIdentifier());
        if (!Boolean.TRUE.equals(trusted)) {
            refused.increment();
            log.warn("Snapshot {} of {} at sequence {} does not match the journal: not used, the aggregate is "
                            + "loaded from the events", snapshot.getEventIdentifier(),
                    snapshot.getAggregateIdentifier(), snapshot.getSequenceNumber());
            return false;
        }
        return true;
    }
}
