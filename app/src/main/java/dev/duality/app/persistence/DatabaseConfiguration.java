package dev.duality.app.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one DataSource: an external PostgreSQL when {@code duality.database.url} is set, otherwise an embedded
 * PostgreSQL (real binaries) whose data directory survives restarts.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {
    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties, EmbeddedDatabase embedded) {
        HikariConfig config = new HikariConfig();
        if (properties.useEmbedded()) {
            config.setJdbcUrl(embedded.server().getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.username());
            config.setPassword(properties.password());
        }
        config.setMaximumPoolSize(properties.poolSize());
        config.setPoolName("duality");
        return new HikariDataSource(config);
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties) {
        return properties.useEmbedded() ? EmbeddedDatabase.start(properties.embedded()) : EmbeddedDatabase.NONE;
    }

    /** Holds the embedded server when one runs; closing it stops PostgreSQL cleanly so its data is kept. */
    public record EmbeddedDatabase(EmbeddedPostgres server) implements AutoCloseable {
        static final EmbeddedDatabase NONE = new EmbeddedDatabase(null);

        static EmbeddedDatabase start(DatabaseProperties.Embedded settings) {
            Path dataDir = settings.dataDir().toAbsolutePath().normalize();
            try {
                Files.createDirectories(dataDir);
                log.info("Starting embedded PostgreSQL with data in {}", dataDir);
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)
                        // the embedded server only listens on loopback
                        .setServerConfig("listen_addresses", "127.0.0.1");
                if (settings.port() > 0) {
                    builder.setPort(settings.port());
                }
                EmbeddedPostgres server = builder.start();
                log.info("Embedded PostgreSQL is listening on jdbc:postgresql://127.0.0.1:{}/postgres (user postgres)",
                        server.getPort());
                return new EmbeddedDatabase(server);
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL failed to start in " + dataDir, e);
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
