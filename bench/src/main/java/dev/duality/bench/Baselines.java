package dev.duality.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** What PostgreSQL alone does on this machine in this run: the figures the scenarios are divided by. */
final class Baselines {
    private final Database database;

    Baselines(Database database) {
        this.database = database;
    }

    /** A table shaped like the journal: a global index, a unique (aggregate, sequence) pair and a unique event id. */
    void createJournalLikeTable() throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_journal");
            s.execute("""
                    CREATE TABLE bench_journal (
                        global_index BIGSERIAL PRIMARY KEY,
                        event_identifier VARCHAR(255) NOT NULL UNIQUE,
                        aggregate_identifier VARCHAR(255) NOT NULL,
                        sequence_number BIGINT NOT NULL,
                        time_stamp VARCHAR(255) NOT NULL,
                        payload_type VARCHAR(255) NOT NULL,
                        payload BYTEA NOT NULL,
                        meta_data BYTEA,
                        UNIQUE (aggregate_identifier, sequence_number))""");
        }
    }

    void dropJournalLikeTable() throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_journal");
        }
    }

    /**
     * B1: each client appends event-sized rows (~500-byte JSON payload) to an aggregate of its own, one row per
     * transaction, on a connection of its own.
     */
    Load.Result singleRowCommits(int clients, long maxCalls, double maxSeconds) throws Exception {
        Connection[] connections = new Connection[clients];
        PreparedStatement[] statements = new PreparedStatement[clients];
        String[] aggregates = new String[clients];
        for (int i = 0; i < clients; i++) {
            connections[i] = database.connect();
            connections[i].setAutoCommit(false);
            statements[i] = connections[i].prepareStatement("""
                    INSERT INTO bench_journal (event_identifier, aggregate_identifier, sequence_number, time_stamp,
                        payload_type, payload, meta_data) VALUES (?, ?, ?, ?, ?, ?, ?)""");
            aggregates[i] = "bench-" + UUID.randomUUID();
        }
        byte[] meta = "{\"correlation_id\":\"bench\",\"actor_id\":\"bench\"}".getBytes(StandardCharsets.UTF_8);
        try {
            return Load.run(clients, maxCalls, maxSeconds, (client, n) -> {
                PreparedStatement insert = statements[client];
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, aggregates[client]);
                insert.setLong(3, n);
                insert.setString(4, java.time.Instant.now().toString());
                insert.setString(5, "bench.event_appended");
                insert.setBytes(6, payload(n));
                insert.setBytes(7, meta);
                insert.executeUpdate();
                connections[client].commit();
                return true;
            });
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    /** A JSON payload of about 500 bytes, like a Daggerheart damage event's. */
    static byte[] payload(long n) {
        StringBuilder json = new StringBuilder("{\"campaign_id\":\"").append(UUID.randomUUID())
                .append("\",\"character_id\":\"").append(UUID.randomUUID())
                .append("\",\"amount\":").append(n % 20)
                .append(",\"damage_types\":[\"physical\"],\"severity\":\"major\",\"hp_marks\":2,\"source\":\"bench\"")
                .append(",\"state\":{\"hp_marked\":2,\"hp_max\":6,\"stress_marked\":1,\"stress_max\":6,\"hope\":2,")
                .append("\"armor_marked\":1,\"armor_score\":3,\"life_state\":\"alive\",\"conditions\":[]},\"notes\":\"");
        while (json.length() < 490) {
            json.append('x');
        }
        return json.append("\"}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * B2: reads the service's own journal in global-index order through a cursor and parses each payload as JSON,
     * as a rebuild must. Answers rows per second and the rows read.
     */
    double[] orderedJournalRead() throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            long rows = 0;
            long start = System.nanoTime();
            try (PreparedStatement read = c.prepareStatement(
                    "SELECT global_index, payload_type, payload, meta_data FROM domain_event_entry ORDER BY global_index")) {
                read.setFetchSize(1000);
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        json.readTree(rs.getBytes(3));
                        rs.getString(2);
                        rs.getBytes(4);
                        rows++;
                    }
                }
            }
            c.commit();
            double seconds = (System.nanoTime() - start) / 1e9;
            return new double[]{rows / seconds, rows};
        }
    }

    /** The database the service uses, reached directly. */
    record Database(String url, String user, String password) {
        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }
}
