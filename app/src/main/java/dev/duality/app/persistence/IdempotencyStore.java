package dev.duality.app.persistence;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The first answer to each keyed POST (table {@code idempotency_keys}), per caller and Idempotency-Key. A key is
 * claimed before the request runs, so two concurrent repeats cannot both take effect.
 * <p>
 * Answers can hold secrets shown once (access tokens, invite codes), so the store never keeps them readable: the
 * key column holds a SHA-256 of the Idempotency-Key, and the body is sealed with AES-GCM under a key derived from the
 * Idempotency-Key itself. Only a caller who presents that key again can read the answer.
 */
@Component
public class IdempotencyStore {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcTemplate jdbc;

    public IdempotencyStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** A stored answer; {@code status} is null while the first request is still running. */
    public record Entry(String fingerprint, Integer status, String contentType, String location, byte[] body) {
    }

    /** Claims the key for a new request, or returns what is already stored under it. */
    public Optional<Entry> claim(String scope, String key, String fingerprint) {
        int inserted = jdbc.update("insert into idempotency_keys (scope, idem_key, fingerprint, created_at) "
                        + "values (?, ?, ?, ?) on conflict do nothing", scope, digest("id:" + key), fingerprint,
                Timestamp.from(Instant.now()));
        if (inserted == 1) {
            return Optional.empty();
        }
        return jdbc.query("select fingerprint, status, content_type, location, body from idempotency_keys "
                        + "where scope = ? and idem_key = ?",
                (rs, n) -> new Entry(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4),
                        open(key, rs.getBytes(5))), scope, digest("id:" + key)).stream().findFirst();
    }

    public void complete(String scope, String key, int status, String contentType, String location, byte[] body) {
        jdbc.update("update idempotency_keys set status = ?, content_type = ?, location = ?, body = ? "
                        + "where scope = ? and idem_key = ?", status, contentType, location, seal(key, body), scope,
                digest("id:" + key));
    }

    /** Frees a key whose request failed on the server's side, so the client may retry it. */
    public void release(String scope, String key) {
        jdbc.update("delete from idempotency_keys where scope = ? and idem_key = ? and status is null", scope,
                digest("id:" + key));
    }

    private static byte[] seal(String key, byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, bodyKey(key), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JVM", e);
        }
    }

    private static byte[] open(String key, byte[] sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, bodyKey(key), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored idempotent answer could not be opened", e);
        }
    }

    private static SecretKeySpec bodyKey(String key) {
        return new SecretKeySpec(HexFormat.of().parseHex(digest("body:" + key)), "AES");
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("duality.idempotency." + text).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
