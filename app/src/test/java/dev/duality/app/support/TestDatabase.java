package dev.duality.app.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The one database every integration test in this JVM shares: the server named by {@code DUALITY_TEST_DATABASE_URL}
 * (each run gets a fresh schema there, dropped at exit), or else an embedded PostgreSQL started once.
 */
public final class TestDatabase {
    public static final String URL_ENV = "DUALITY_TEST_DATABASE_URL";
    private static Connection shared;

    private TestDatabase() {
    }

    /** JDBC coordinates of the shared test database. */
    public record Connection(String url, String username, String password) {
    }

    public static synchronized Connection get() {
        if (shared == null) {
            String url = System.getenv(URL_ENV);
            shared = url == null || url.isBlank() ? embedded() : freshSchema(url);
        }
        return shared;
    }

    private static Connection embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary data directory goes with it
                }
            }));
            return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL for tests failed to start", e);
        }
    }

    /** A schema of its own on a shared server, so runs never see each other's tables or migration history. */
    private static Connection freshSchema(String url) {
        String username = envOr("DUALITY_TEST_DATABASE_USERNAME", "postgres");
        String password = envOr("DUALITY_TEST_DATABASE_PASSWORD", "");
        String schema = "duality_test_" + UUID.randomUUID().toString().replace("-", "");
        execute(url, username, password, "CREATE SCHEMA " + schema);
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> execute(url, username, password, "DROP SCHEMA IF EXISTS " + schema + " CASCADE")));
        String separator = url.contains("?") ? "&" : "?";
        return new Connection(url + separator + "currentSchema=" + schema, username, password);
    }

    private static void execute(String url, String username, String password, String sql) {
        try (var connection = DriverManager.getConnection(url, username, password);
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test database at " + url + ": " + e.getMessage(), e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
