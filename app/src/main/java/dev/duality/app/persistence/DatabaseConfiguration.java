package dev.duality.app.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Two DataSources on one database: the service's pool, under a role that may read and append to the journal but
 * never rewrite it, and the owner's, used only by the migrations (and the grants that follow them). The database is
 * an external PostgreSQL when {@code duality.database.url} is set, otherwise an embedded PostgreSQL (real binaries)
 * whose data directory survives restarts.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {
    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
    /**
     * Run on every new connection of the service: a commit is acknowledged only once it is on disk, whatever the
     * server, the database or the role say (with synchronous_commit=off PostgreSQL answers before the WAL is flushed,
     * and a crash then loses events a client was told are stored). Stronger settings (remote_apply...) are kept.
     */
    static final String DURABLE_COMMITS =
            "select set_config('synchronous_commit', 'on', false) where current_setting('synchronous_commit') = 'off'";

    /** JDBC coordinates of one role. */
    record Login(String url, String username, String password) {
    }

    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(DatabaseProperties properties, EmbeddedDatabase embedded) {
        Login service = embedded.running() ? embedded.login(properties.username())
                : new Login(properties.url(), properties.username(), properties.password());
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(service.url());
        config.setUsername(service.username());
        config.setPassword(service.password());
        config.setConnectionInitSql(DURABLE_COMMITS);
        config.setMaximumPoolSize(properties.poolSize());
        config.setPoolName("duality");
        return new HikariDataSource(config);
    }

    /** The owner's connections: the migrations only, so no pool. */
    @Bean
    @FlywayDataSource
    DataSource ownerDataSource(DatabaseProperties properties, EmbeddedDatabase embedded) {
        Login owner;
        if (embedded.running()) {
            owner = embedded.login(EmbeddedDatabase.SUPERUSER);
        } else if (properties.ownerUsername() == null || properties.ownerUsername().isBlank()) {
            throw new IllegalStateException("duality.database.owner-username (DUALITY_DATABASE_OWNER_USERNAME) is not "
                    + "set: with an external database the migrations run as the role that owns the tables, and the "
                    + "service as duality.database.username, which may not rewrite the journal (see README)");
        } else {
            owner = new Login(properties.url(), properties.ownerUsername(), properties.ownerPassword());
        }
        return new DriverManagerDataSource(owner.url(), owner.username(), owner.password());
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
        return properties.useEmbedded() ? EmbeddedDatabase.start(properties.embedded(), properties.username())
                : EmbeddedDatabase.NONE;
    }

    /**
     * Refuses to start on a service role that could rewrite the journal, or on connections that acknowledge commits
     * before they are on disk; warns when the server itself does not make them crash-safe.
     */
    @Bean
    SmartInitializingSingleton databaseSafetyCheck(DataSource dataSource) {
        return () -> ServiceRole.check(dataSource);
    }

    /** Holds the embedded server when one runs; closing it stops PostgreSQL cleanly so its data is kept. */
    public record EmbeddedDatabase(EmbeddedPostgres server) implements AutoCloseable {
        static final EmbeddedDatabase NONE = new EmbeddedDatabase(null);
        static final String SUPERUSER = "postgres";

        static EmbeddedDatabase start(DatabaseProperties.Embedded settings, String serviceRole) {
            Path dataDir = settings.dataDir().toAbsolutePath().normalize();
            try {
                Files.createDirectories(dataDir);
                log.info("Starting embedded PostgreSQL with data in {}", dataDir);
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)
                        // the embedded server only listens on loopback
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        // crash-safe: the library runs PostgreSQL with fsync off (-F, overridden here, as the last
                        // setting wins) and synchronous_commit off, made for throw-away test databases
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
                if (settings.port() > 0) {
                    builder.setPort(settings.port());
                }
                EmbeddedPostgres server = builder.start();
                EmbeddedDatabase database = new EmbeddedDatabase(server);
                database.createRole(serviceRole);
                log.info("Embedded PostgreSQL is listening on {} (service role {}, owner {})",
                        database.login(serviceRole).url(), serviceRole, SUPERUSER);
                return database;
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL failed to start in " + dataDir, e);
            }
        }

        boolean running() {
            return server != null;
        }

        /** The embedded server trusts connections from 127.0.0.1, so no password. */
        Login login(String role) {
            return new Login("jdbc:postgresql://127.0.0.1:" + server.getPort() + "/postgres", role, "");
        }

        private void createRole(String role) {
            try (var connection = server.getPostgresDatabase().getConnection();
                 var statement = connection.createStatement()) {
                statement.execute("do $$ begin if not exists (select from pg_roles where rolname = "
                        + ServiceRole.literal(role) + ") then create role " + ServiceRole.identifier(role)
                        + " login; end if; end $$");
            } catch (SQLException e) {
                throw new IllegalStateException("could not create the service role " + role, e);
            }
        }

        @Override
        public void close() throws IOException {
            if (server != null) {
                server.close();
            }
        }
    }
}
