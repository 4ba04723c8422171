package dev.duality.app.security;

import dev.duality.core.campaign.api.SecretHash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Bearer secrets (participant access tokens, invite codes): 256 random bits, URL-safe, with a prefix saying what
 * they are. Only their SHA-256 hash is ever stored; a random 256-bit secret needs no slow hash.
 */
public final class Secrets {
    public static final String TOKEN_PREFIX = "dpt_";
    public static final String INVITE_PREFIX = "dinv_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    public static String newToken() {
        return TOKEN_PREFIX + random();
    }

    public static String newInviteCode() {
        return INVITE_PREFIX + random();
    }

    public static SecretHash hash(String secret) {
        return SecretHash.of(sha256Hex(secret.getBytes(StandardCharsets.UTF_8)));
    }

    /** SHA-256 of the parts, in order, as lowercase hex. */
    public static String sha256Hex(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Compares secrets in constant time, so response timing reveals nothing about the expected one. */
    public static boolean matches(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
