package dev.duality.app.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The first answer to each keyed POST (table {@code idempotency_keys}), per caller and Idempotency-Key. A key is
 * claimed before the request runs, so two concurrent repeats cannot both take effect. Each claim is one attempt
 * ({@code claim_id}) with a lease its node renews while the request runs; the command's own transaction marks the
 * claim committed with the ids of its events ({@link #markCommitted}), so a crash after the commit cannot lose the
 * fact. A retry takes over a key whose lease ran out only if its command never committed. Times are the database's,
 * the same for every node. Answers are stored without their secrets (see {@code IdempotencyFilter}).
 */
@Component
public class IdempotencyStore {
    private static final String ENTRY = "select fingerprint, status, content_type, location, body, committed_at, "
            + "event_ids, claimed_until < now() from idempotency_keys where scope = ? and idem_key = ?";
    private final JdbcTemplate jdbc;

    public IdempotencyStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * What is stored under a key someone else claimed.
     *
     * @param status       null until an answer is stored
     * @param committedAt  when the key's command committed, null if it has not (yet)
     * @param eventIds     the events the command appended (empty if it has not committed)
     * @param leaseExpired whether the attempt holding the key stopped renewing its lease
     */
    public record Entry(String fingerprint, Integer status, String contentType, String location, byte[] body,
                        Instant committedAt, List<String> eventIds, boolean leaseExpired) {
        public boolean answered() {
            return status != null;
        }

        public boolean committed() {
            return committedAt != null;
        }
    }

    /**
     * Claims the key for the attempt {@code claimId}, or returns what is stored under it. The key is claimed when it
     * is new, when it is older than {@code retention} and no attempt still holds it, or when the same request's
     * earlier attempt let its lease run out without committing (a node that died); empty then.
     */
    public Optional<Entry> claim(String scope, String key, String fingerprint, String claimId, Duration lease,
                                 Duration retention) {
        int claimed = jdbc.update("insert into idempotency_keys (scope, idem_key, fingerprint, created_at, claim_id, "
                + "claimed_until) values (?, ?, ?, now(), ?, now() + ? * interval '1 millisecond') "
                + "on conflict do nothing", scope, key, fingerprint, claimId, lease.toMillis());
        if (claimed == 0) {
            // an expired key is a new one, whatever request it was used for
            claimed = jdbc.update("update idempotency_keys set fingerprint = ?, status = null, content_type = null, "
                    + "location = null, body = null, committed_at = null, event_ids = null, created_at = now(), "
                    + "claim_id = ?, claimed_until = now() + ? * interval '1 millisecond' "
                    + "where scope = ? and idem_key = ? and created_at < now() - ? * interval '1 millisecond' "
                    + "and claimed_until < now()",
                    fingerprint, claimId, lease.toMillis(), scope, key, retention.toMillis());
        }
        if (claimed == 0) {
            // a dead attempt's key; if its command commits meanwhile, its row lock makes this wait and then miss
            claimed = jdbc.update("update idempotency_keys set claim_id = ?, "
                    + "claimed_until = now() + ? * interval '1 millisecond' where scope = ? and idem_key = ? "
                    + "and fingerprint = ? and status is null and committed_at is null and claimed_until < now()",
                    claimId, lease.toMillis(), scope, key, fingerprint);
        }
        if (claimed == 1) {
            return Optional.empty();
        }
        return find(scope, key);
    }

    public Optional<Entry> find(String scope, String key) {
        return jdbc.query(ENTRY, (rs, n) -> new Entry(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                rs.getString(4), rs.getBytes(5), Optional.ofNullable(rs.getTimestamp(6)).map(t -> t.toInstant())
                .orElse(null), rs.getArray(7) == null ? List.of() : Arrays.asList((String[]) rs.getArray(7).getArray()),
                rs.getBoolean(8)), scope, key).stream().findFirst();
    }

    /** Extends a running attempt's lease; false if the attempt no longer holds the key. */
    public boolean renew(String claimId, Duration lease) {
        return jdbc.update("update idempotency_keys set claimed_until = now() + ? * interval '1 millisecond' "
                + "where claim_id = ? and status is null", lease.toMillis(), claimId) == 1;
    }

    /**
     * Notes, in the transaction that appends them, that the attempt's command committed these events. False if the
     * attempt lost the key (a retry took it over): the caller must then roll the command back.
     */
    public boolean markCommitted(String claimId, List<String> eventIds) {
        return jdbc.update("update idempotency_keys set committed_at = coalesce(committed_at, now()), "
                + "event_ids = coalesce(event_ids, '{}') || ?::text[] where claim_id = ? and status is null",
                eventIds.toArray(String[]::new), claimId) == 1;
    }

    /** Stores the attempt's answer and ends its lease; nothing if the attempt no longer holds the key. */
    public void complete(String claimId, int status, String contentType, String location, byte[] body) {
        jdbc.update("update idempotency_keys set status = ?, content_type = ?, location = ?, body = ?, "
                + "claimed_until = now() where claim_id = ?", status, contentType, location, body, claimId);
    }

    /**
     * Ends an attempt that has no answer to store (a server fault). A key whose command did not commit is freed, so
     * the client may retry it; one whose command committed stays, its lease ended, so a retry is answered from the
     * journal.
     */
    public void abandon(String claimId) {
        jdbc.update("delete from idempotency_keys where claim_id = ? and status is null and committed_at is null",
                claimId);
        jdbc.update("update idempotency_keys set claimed_until = now() where claim_id = ? and status is null",
                claimId);
    }

    /** An event a key's command appended, as the journal holds it ({@code payload} is its JSON). */
    public record CommittedEvent(String eventId, String type, String streamId, long seq, byte[] payload) {
    }

    /** The events with these ids, in journal order. */
    public List<CommittedEvent> committedEvents(List<String> eventIds) {
        return jdbc.query("select event_identifier, payload_type, aggregate_identifier, sequence_number, payload "
                        + "from domain_event_entry where event_identifier = any(?::text[]) order by global_index",
                (rs, n) -> new CommittedEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getBytes(5)), (Object) eventIds.toArray(String[]::new));
    }

    /**
     * Deletes keys older than {@code retention} that no attempt holds any more (answered and abandoned attempts end
     * their lease); returns how many.
     */
    public int purge(Duration retention) {
        return jdbc.update("delete from idempotency_keys where created_at < now() - ? * interval '1 millisecond' "
                + "and claimed_until < now()", retention.toMillis());
    }
}
