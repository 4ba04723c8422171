package dev.duality.app.persistence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Where the journal and read models live. With no {@code url}, an embedded PostgreSQL is started whose data stays in
 * {@code embedded.dataDir} across restarts.
 *
 * @param url      JDBC URL of an external PostgreSQL ({@code DUALITY_DATABASE_URL}); blank means embedded
 * @param username user for the external server ({@code DUALITY_DATABASE_USERNAME})
 * @param password password for the external server ({@code DUALITY_DATABASE_PASSWORD})
 * @param poolSize maximum connections in the pool
 */
@ConfigurationProperties("duality.database")
public record DatabaseProperties(String url, String username, String password,
                                 @DefaultValue("10") int poolSize,
                                 @DefaultValue Embedded embedded) {

    /**
     * @param dataDir where the embedded server keeps its files
     * @param port    TCP port on 127.0.0.1; 0 picks a free one
     */
    public record Embedded(@DefaultValue("./data/postgres") Path dataDir, @DefaultValue("0") int port) {
    }

    public boolean useEmbedded() {
        return url == null || url.isBlank();
    }
}
