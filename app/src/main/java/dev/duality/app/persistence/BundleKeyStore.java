package dev.duality.app.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Where the service keeps the bundle-signing key it generated itself (migration V15): one row, written once. Nodes
 * starting together each offer a key; the first insert wins and every node reads that one back.
 */
@Component
public class BundleKeyStore {
    private final JdbcTemplate jdbc;

    public BundleKeyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A key pair as encoded bytes: PKCS#8 private key, X.509 public key. */
    public record StoredKey(byte[] privateKey, byte[] publicKey) {
    }

    /** The stored key; when there is none yet, stores the one {@code generate} makes and answers whichever won. */
    public StoredKey getOrCreate(Supplier<StoredKey> generate) {
        StoredKey offered = generate.get();
        jdbc.update("insert into bundle_signing_key (id, private_key, public_key) values (1, ?, ?) "
                + "on conflict (id) do nothing", offered.privateKey(), offered.publicKey());
        return jdbc.queryForObject("select private_key, public_key from bundle_signing_key where id = 1",
                (row, n) -> new StoredKey(row.getBytes(1), row.getBytes(2)));
    }
}
