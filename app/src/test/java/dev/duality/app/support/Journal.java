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
}
