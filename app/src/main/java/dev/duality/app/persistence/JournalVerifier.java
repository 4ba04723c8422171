package dev.duality.app.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Optional;

/**
 * Walks every stream's hash chain (migration V11): each event's stored hash must be the hash of its columns and its
 * predecessor's stored hash, and each stream must run from sequence 0 without a gap. The database recomputes every
 * hash with the same function its insert trigger uses, in one read-only snapshot, so nothing crosses the wire but the
 * answer.
 */
@Component
public class JournalVerifier {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;

    public JournalVerifier(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    /** Why an event breaks its stream's chain. */
    public enum Problem {
        /** Its stored hash is not the hash of its columns and its predecessor's hash: it, or its predecessor, was
         *  written or changed without the trigger. */
        HASH_MISMATCH,
        /** The stream has no event just before it: one was removed (or this one slipped in). */
        MISSING_PREDECESSOR
    }

    /** The first event, in journal order, at which a chain breaks. */
    public record Broken(String stream, long sequence, String eventId, long globalIndex, Problem problem) {
    }

    public record Report(long eventsChecked, long streamsChecked, Optional<Broken> firstBroken) {
    }

    public Report verify() {
        return snapshot.execute(status -> jdbc.queryForObject("""
                with walked as (
                    select global_index, aggregate_identifier, sequence_number, event_identifier,
                           case when sequence_number <> coalesce(lag(sequence_number) over stream + 1, 0)
                                    then 'MISSING_PREDECESSOR'
                                when hash is distinct from duality_event_hash(lag(hash) over stream, global_index,
                                        event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                        payload_type, payload_revision, payload, meta_data)
                                    then 'HASH_MISMATCH'
                           end as problem
                    from domain_event_entry
                    window stream as (partition by aggregate_identifier order by sequence_number))
                select totals.events, totals.streams, broken.*
                from (select count(*) as events, count(distinct aggregate_identifier) as streams from walked) totals
                left join lateral (select * from walked where problem is not null order by global_index limit 1)
                    broken on true""", (rows, n) -> {
            String problem = rows.getString("problem");
            Optional<Broken> broken = problem == null ? Optional.empty() : Optional.of(new Broken(
                    rows.getString("aggregate_identifier"), rows.getLong("sequence_number"),
                    rows.getString("event_identifier"), rows.getLong("global_index"), Problem.valueOf(problem)));
            return new Report(rows.getLong("events"), rows.getLong("streams"), broken);
        }));
    }
}
