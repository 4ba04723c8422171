package dev.duality.app.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one database every integration test in this JVM shares: the server named by {@code DUALITY_TEST_DATABASE_URL}
 * (each run gets a fresh schema there, dropped at exit), or else an embedded PostgreSQL started once. The configured
 * user (a superuser) owns the schema and runs the migrations; the service runs as a login role of this run's own,
 * created here and dropped at exit, so concurrent runs on one server never share or clash on a role.
 */
public final class TestDatabase {
    public static final String URL_ENV = "DUALITY_TEST_DATABASE_URL";
    private static Connection shared;
    private static final Map<String, Connection> separate = new java.util.HashMap<>();

    private TestDatabase() {
    }

    /** JDBC coordinates of the shared test database: the service's role and the owner's. */
    public record Connection(String url, String username, String password, String ownerUsername,
                             String ownerPassword) {
        /** The {@code duality.database.*} properties that point the service at it. */
        public Map<String, Object> properties() {
            return Map.of("duality.database.url", url, "duality.database.username", username,
                    "duality.database.password", password, "duality.database.owner-username", ownerUsername,
                    "duality.database.owner-password", ownerPassword);
        }

        /** The same, as command-line arguments. */
        public List<String> arguments() {
            return properties().entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toList();
        }

        /** A connection as the owner of the tables, which can do what the service's role may not. */
        public java.sql.Connection asOwner() throws SQLException {
            return DriverManager.getConnection(url, ownerUsername, ownerPassword);
        }
    }

    public static synchronized Connection get() {
        if (shared == null) {
            String url = System.getenv(URL_ENV);
            shared = url == null || url.isBlank() ? embedded() : freshSchema(url);
        }
        return shared;
    }

    /**
     * A database of its own on the same server (a fresh schema and service role), named for the tests that use it:
     * for an application with other game systems than the shared one's, whose journal must not mix with it (a service
     * refuses to start on a journal holding events of a system it lacks).
     */
    public static synchronized Connection separate(String name) {
        return separate.computeIfAbsent(name, n -> {
            Connection main = get();
            return schemaOn(main.url().replaceAll("[?&]currentSchema=[^&]*", ""), main.ownerUsername(),
                    main.ownerPassword(), "duality_test_" + n + "_");
        });
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
            String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
            // the role goes with the temporary data directory
            return withServiceRole(new Connection(url, "postgres", "", "postgres", ""));
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL for tests failed to start", e);
        }
    }

    /** A schema of its own on a shared server, so runs never see each other's tables or migration history. */
    private static Connection freshSchema(String url) {
        return schemaOn(url, envOr("DUALITY_TEST_DATABASE_USERNAME", "postgres"),
                envOr("DUALITY_TEST_DATABASE_PASSWORD", ""), "duality_test_");
    }

    /** A fresh schema named {@code prefix<random>} and a service role of its own, both dropped at exit. */
    private static Connection schemaOn(String url, String username, String password, String prefix) {
        String schema = prefix + UUID.randomUUID().toString().replace("-", "");
        execute(url, username, password, "CREATE SCHEMA " + schema);
        String separator = url.contains("?") ? "&" : "?";
        Connection db = withServiceRole(new Connection(url + separator + "currentSchema=" + schema, username, password,
                username, password));
        // one hook, in order: the role can only go once nothing in the schema grants it anything
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute(url, username, password,
                "DROP SCHEMA IF EXISTS " + schema + " CASCADE; DROP OWNED BY " + db.username() + "; DROP ROLE "
                        + db.username())));
        return db;
    }

    /** Roles are cluster-wide: each run creates one named after a random id, so runs never share one. */
    private static Connection withServiceRole(Connection owner) {
        String role = "duality_test_service_" + UUID.randomUUID().toString().replace("-", "");
        String password = UUID.randomUUID().toString();
        execute(owner.url(), owner.ownerUsername(), owner.ownerPassword(),
                "CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
        return new Connection(owner.url(), role, password, owner.ownerUsername(), owner.ownerPassword());
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
