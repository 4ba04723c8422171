package dev.duality.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the service's journal fast with valid events: copies of real ones, written with SQL. Only inserts, which the
 * journal's append-only triggers allow.
 */
final class Journal {
    /** Ids (UUIDs) and token hashes (64 hex digits) that make one campaign's events its own. */
    private static final Pattern IDS = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])");
    private static final String INSERT = """
            INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number, type,
                time_stamp, payload_type, payload_revision, payload, meta_data)
            VALUES (nextval('domain_event_entry_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** A journal row; {@code index} is its global index when read, 0 for a copy still to be written. */
    record Event(long index, String aggregate, long sequence, String type, String timeStamp, String payloadType,
                 String revision, String payload, String metaData) {
    }

    private final Baselines.Database database;

    Journal(Baselines.Database database) {
        this.database = database;
    }

    long count() throws SQLException {
        return single("SELECT count(*) FROM domain_event_entry");
    }

    long head() throws SQLException {
        return single("SELECT coalesce(max(global_index), 0) FROM domain_event_entry");
    }

    private long single(String sql) throws SQLException {
        try (Connection c = database.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every event that names {@code id} in its stream or its payload, in journal order. */
    List<Event> naming(String id) throws SQLException {
        try (Connection c = database.connect(); PreparedStatement read = c.prepareStatement("""
                SELECT aggregate_identifier, sequence_number, type, time_stamp, payload_type, payload_revision,
                       payload, meta_data, global_index FROM domain_event_entry
                WHERE aggregate_identifier LIKE ? OR convert_from(payload, 'UTF8') LIKE ? ORDER BY global_index""")) {
            read.setString(1, "%" + id + "%");
            read.setString(2, "%" + id + "%");
            List<Event> events = new ArrayList<>();
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    byte[] meta = rs.getBytes(8);
                    events.add(new Event(rs.getLong(9), rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), new String(rs.getBytes(7), StandardCharsets.UTF_8),
                            meta == null ? null : new String(meta, StandardCharsets.UTF_8)));
                }
            }
            return events;
        }
    }

    /**
     * Appends copies of a campaign's events until the journal holds {@code target} events: each copy gets fresh ids
     * and token hashes throughout (streams, payloads, metadata), so it is another campaign played the same way.
     * Answers the copies made.
     */
    int copyCampaignUntil(String campaignId, long target) throws SQLException {
        List<Event> template = naming(campaignId);
        if (template.isEmpty()) {
            throw new IllegalStateException("no events name campaign " + campaignId);
        }
        int copies = 0;
        try (Connection c = database.connect(); PreparedStatement insert = c.prepareStatement(INSERT)) {
            c.setAutoCommit(false);
            long count = count();
            while (count < target) {
                Map<String, String> fresh = new HashMap<>();
                for (Event e : template) {
                    add(insert, new Event(0, renamed(e.aggregate(), fresh), e.sequence(), e.type(), e.timeStamp(),
                            e.payloadType(), e.revision(), renamed(e.payload(), fresh), renamed(e.metaData(), fresh)));
                }
                insert.executeBatch();
                c.commit();
                count += template.size();
                copies++;
            }
        }
        return copies;
    }

    /**
     * Appends {@code copies} copies of the last event of the stream that {@code characterId} names and whose events
     * are of {@code payloadTypePrefix}, numbered on from it: the character then has that many more prior events.
     */
    void repeatLastEvent(String characterId, String payloadTypePrefix, int copies) throws SQLException {
        Event last = naming(characterId).stream()
                .filter(e -> e.aggregate().contains(characterId) && e.payloadType().startsWith(payloadTypePrefix))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("no " + payloadTypePrefix + " event of " + characterId));
        try (Connection c = database.connect(); PreparedStatement insert = c.prepareStatement(INSERT)) {
            c.setAutoCommit(false);
            for (int i = 1; i <= copies; i++) {
                add(insert, new Event(0, last.aggregate(), last.sequence() + i, last.type(), last.timeStamp(),
                        last.payloadType(), last.revision(), last.payload(), last.metaData()));
                if (i % 1000 == 0 || i == copies) {
                    insert.executeBatch();
                    c.commit();
                }
            }
        }
    }

    private static void add(PreparedStatement insert, Event e) throws SQLException {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, e.aggregate());
        insert.setLong(3, e.sequence());
        insert.setString(4, e.type());
        insert.setString(5, e.timeStamp());
        insert.setString(6, e.payloadType());
        insert.setString(7, e.revision());
        insert.setBytes(8, e.payload().getBytes(StandardCharsets.UTF_8));
        insert.setBytes(9, e.metaData() == null ? null : e.metaData().getBytes(StandardCharsets.UTF_8));
        insert.addBatch();
    }

    /** {@code text} with every id and hash replaced by its fresh counterpart in {@code fresh} (made on first sight). */
    static String renamed(String text, Map<String, String> fresh) {
        if (text == null) {
            return null;
        }
        Matcher m = IDS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String old = m.group();
            m.appendReplacement(out, fresh.computeIfAbsent(old, o -> o.length() == 64 ? hex64() : UUID.randomUUID()
                    .toString()));
        }
        return m.appendTail(out).toString();
    }

    private static String hex64() {
        StringBuilder hex = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (hex.length() < 64) {
            hex.append(String.format("%016x", random.nextLong()));
        }
        return hex.toString();
    }
}
