package dev.duality.app.support;

import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the event journal ({@code domain_event_entry}) with the application's own database role. */
public final class Journal {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcTemplate jdbc;

    public Journal(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Every event in the journal, of every aggregate. */
    public long size() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    /** The payload types of one aggregate's events, in order. */
    public List<String> types(String aggregateId) {
        return jdbc.queryForList("select payload_type from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number", String.class, aggregateId);
    }

    /** How many events of this type one aggregate has. */
    public long count(String aggregateId, String type) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type = ?", Long.class, aggregateId, type);
    }

    /** The stored JSON payloads of one aggregate's events of this type, in order. */
    public List<JsonNode> payloads(String aggregateId, String type) {
        return jdbc.queryForList("select payload from domain_event_entry where aggregate_identifier = ? "
                        + "and payload_type = ? order by sequence_number", byte[].class, aggregateId, type).stream()
                .map(bytes -> JSON.readTree(new String(bytes, StandardCharsets.UTF_8))).toList();
    }

    /** The stored JSON metadata of one aggregate's events of this type, in order. */
    public List<JsonNode> metadata(String aggregateId, String type) {
        return jdbc.queryForList("select meta_data from domain_event_entry where aggregate_identifier = ? "
                        + "and payload_type = ? order by sequence_number", byte[].class, aggregateId, type).stream()
                .map(bytes -> JSON.readTree(new String(bytes, StandardCharsets.UTF_8))).toList();
    }

    /**
     * Writes an event row straight after the stream's last event, with that event's aggregate type and envelope, as
     * another writer (an older build, a slow transaction) would have: the journal as it may be found, not as this
     * build appends. On the caller's connection, so the caller decides when (and whether) it commits.
     */
    public static void appendRow(java.sql.Connection connection, String aggregateId, String payloadType,
                                 String revision, String payloadJson, java.time.Instant timestamp)
            throws java.sql.SQLException {
        try (java.sql.PreparedStatement append = connection.prepareStatement("""
                insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number,
                    type, time_stamp, payload_type, payload_revision, payload, meta_data)
                select nextval('domain_event_entry_seq'), ?, aggregate_identifier, sequence_number + 1, type, ?, ?, ?,
                    convert_to(?, 'UTF8'), meta_data
                from domain_event_entry where aggregate_identifier = ? order by sequence_number desc limit 1""")) {
            append.setString(1, java.util.UUID.randomUUID().toString());
            append.setString(2, timestamp.toString());
            append.setString(3, payloadType);
            append.setString(4, revision);
            append.setString(5, payloadJson);
            append.setString(6, aggregateId);
            if (append.executeUpdate() != 1) {
                throw new IllegalStateException("no stream " + aggregateId + " to append to");
            }
        }
    }

    /** The JSON of a story note of a campaign, as {@code story.note_added} records it today. */
    public static String storyNote(String campaignId, String content) {
        return JSON.createObjectNode().put("campaign_id", campaignId).putNull("session_id").put("content", content)
                .putNull("character_id").toString();
    }
}
