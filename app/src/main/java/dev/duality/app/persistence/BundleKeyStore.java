package dev.duality.app.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Supplier;

/**
 * Where the service keeps the bundle-signing key it generated itself (migration V15): one row, written once. Nodes
 * starting together each offer a key; the first insert wins and every node reads that one back.
 */
@Component
public class BundleKeyStore {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    public BundleKeyStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // never the request's: a key kept in memory must be stored, also when the request rolls back (a dry run)
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A key pair as encoded bytes: PKCS#8 private key, X.509 public key. */
    public record StoredKey(byte[] privateKey, byte[] publicKey) {
    }

    /** The stored key; when there is none yet, stores the one {@code generate} makes and answers whichever won. */
    public StoredKey getOrCreate(Supplier<StoredKey> generate) {
        StoredKey offered = generate.get();
        return ownTransaction.execute(status -> {
            jdbc.update("insert into bundle_signing_key (id, private_key, public_key) values (1, ?, ?) "
                    + "on conflict (id) do nothing", offered.privateKey(), offered.publicKey());
            return jdbc.queryForObject("select private_key, public_key from bundle_signing_key where id = 1",
                    (row, n) -> new StoredKey(row.getBytes(1), row.getBytes(2)));
        });
    }
}
