package dev.duality.app.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The first answer to each keyed POST (table {@code idempotency_keys}), per caller and Idempotency-Key. A key is
 * claimed before the request runs, so two concurrent repeats cannot both take effect. Answers are stored without
 * their secrets (see {@code IdempotencyFilter}).
 */
@Component
public class IdempotencyStore {
    private final JdbcTemplate jdbc;

    public IdempotencyStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** A stored answer; {@code status} is null while the first request is still running. */
    public record Entry(String fingerprint, Integer status, String contentType, String location, byte[] body) {
    }

    /** Claims the key for a new request, or returns what is already stored under it. */
    public Optional<Entry> claim(String scope, String key, String fingerprint) {
        int inserted = jdbc.update("insert into idempotency_keys (scope, idem_key, fingerprint, created_at) "
                + "values (?, ?, ?, ?) on conflict do nothing", scope, key, fingerprint, Timestamp.from(Instant.now()));
        if (inserted == 1) {
            return Optional.empty();
        }
        return jdbc.query("select fingerprint, status, content_type, location, body from idempotency_keys "
                        + "where scope = ? and idem_key = ?",
                (rs, n) -> new Entry(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4),
                        rs.getBytes(5)), scope, key).stream().findFirst();
    }

    public void complete(String scope, String key, int status, String contentType, String location, byte[] body) {
        jdbc.update("update idempotency_keys set status = ?, content_type = ?, location = ?, body = ? "
                + "where scope = ? and idem_key = ?", status, contentType, location, body, scope, key);
    }

    /** Frees a key whose request failed on the server's side, so the client may retry it. */
    public void release(String scope, String key) {
        jdbc.update("delete from idempotency_keys where scope = ? and idem_key = ? and status is null", scope, key);
    }
}
