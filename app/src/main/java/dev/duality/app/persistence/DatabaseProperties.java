package dev.duality.app.persistence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Where the journal and read models live, and the two roles that use them: the owner of the tables, which runs the
 * migrations, and the service's own role, which may read and append to the journal but never rewrite it. With no
 * {@code url}, an embedded PostgreSQL is started whose data stays in {@code embedded.dataDir} across restarts; its
 * superuser is the owner and the service's role is created in it.
 *
 * @param url           JDBC URL of an external PostgreSQL ({@code DUALITY_DATABASE_URL}); blank means embedded
 * @param username      the service's role ({@code DUALITY_DATABASE_USERNAME}); embedded, created if missing
 * @param password      its password on the external server ({@code DUALITY_DATABASE_PASSWORD})
 * @param ownerUsername the role that owns the tables and runs the migrations on the external server
 *                      ({@code DUALITY_DATABASE_OWNER_USERNAME}); required there, ignored embedded
 * @param ownerPassword its password ({@code DUALITY_DATABASE_OWNER_PASSWORD})
 * @param poolSize      maximum connections in the pool
 */
@ConfigurationProperties("duality.database")
public record DatabaseProperties(String url, @DefaultValue("duality") String username, String password,
                                 String ownerUsername, String ownerPassword,
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
