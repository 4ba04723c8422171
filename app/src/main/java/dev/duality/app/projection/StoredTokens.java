package dev.duality.app.projection;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The processors' tokens as {@code token_entry} holds them, read without claiming them (TokenStore.fetchToken would
 * take the claim), in the caller's transaction.
 */
final class StoredTokens {
    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    StoredTokens(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** One processor's tokens by segment; a segment never processed maps to null. */
    Map<Integer, TrackingToken> of(String processor) {
        Map<Integer, TrackingToken> tokens = new HashMap<>();
        jdbc.query("select segment, token, token_type from token_entry where processor_name = ?",
                row -> {
                    tokens.put(row.getInt(1), token(row));
                }, processor);
        return tokens;
    }

    /** Every processor's tokens, by processor and segment. */
    Map<String, Map<Integer, TrackingToken>> all() {
        Map<String, Map<Integer, TrackingToken>> tokens = new HashMap<>();
        jdbc.query("select processor_name, segment, token, token_type from token_entry", row -> {
            tokens.computeIfAbsent(row.getString(1), p -> new HashMap<>()).put(row.getInt(2), token(row));
        });
        return tokens;
    }

    private TrackingToken token(ResultSet row) throws SQLException {
        byte[] bytes = row.getBytes("token");
        return bytes == null ? null : serializer.deserialize(
                new SimpleSerializedObject<>(bytes, byte[].class, row.getString("token_type"), null));
    }
}
