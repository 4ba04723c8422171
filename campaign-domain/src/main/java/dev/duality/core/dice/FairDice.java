package dev.duality.core.dice;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.ValueRejection;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Provably fair server dice: a session commits to a secret seed when it starts and reveals it when it ends, and every
 * server roll of the session takes its seed from that secret and its roll number.
 *
 * <h2>Derivation {@value #DERIVATION}</h2>
 * A contract, like {@link Dice}'s algorithm: recorded commitments must stay checkable forever.
 * <ol>
 *   <li>The session seed is 32 random bytes, written as 64 lowercase hex digits.</li>
 *   <li>Its commitment, published at the start, is the SHA-256 of those 32 bytes, as 64 lowercase hex digits.</li>
 *   <li>Roll {@code n}'s seed is the first 8 bytes, big-endian and signed (Java's {@code long}), of
 *       HMAC-SHA256 keyed with the 32 bytes over the UTF-8 text {@code "<session id>:<n>"}; the dice then follow
 *       from that seed by {@value Dice#SPLITMIX64_V1}.</li>
 * </ol>
 * During the session no one can work the secret back from the published commitment or from the seeds of the rolls
 * made so far, so no one can foresee a roll; once it is revealed, anyone can check it against the commitment and
 * re-run every server roll of the session.
 */
public final class FairDice {
    /** The name of the derivation above, recorded with the session's dice audit. */
    public static final String DERIVATION = "hmac-sha256-v1";
    private static final int SEED_BYTES = 32;
    private static final HexFormat HEX = HexFormat.of();
    private static final SecureRandom RANDOM = new SecureRandom();

    private FairDice() {
    }

    /** A new unpredictable session seed. */
    public static String newSeed() {
        byte[] seed = new byte[SEED_BYTES];
        RANDOM.nextBytes(seed);
        return HEX.formatHex(seed);
    }

    /** The session seed's commitment: SHA-256 of its bytes, in hex. */
    public static String commitment(String seed) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(seed)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Whether {@code seed} is the one {@code commitment} committed to. */
    public static boolean matches(String seed, String commitment) {
        return isSeed(seed) && commitment(seed).equals(commitment);
    }

    /** The seed of server roll {@code rollSeq} of the session, derived as documented on this class. */
    public static long rollSeed(String seed, String sessionId, long rollSeq) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(bytes(seed), "HmacSHA256"));
            byte[] digest = mac.doFinal((sessionId + ":" + rollSeq).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    /** A session seed as recorded: 64 lowercase hex digits. */
    public static String requireSeed(String seed, String field) {
        Rejected.unless(isSeed(seed), ValueRejection.VALUE_OUT_OF_RANGE, field,
                field + " must be " + SEED_BYTES * 2 + " lowercase hex digits");
        return seed;
    }

    private static boolean isSeed(String seed) {
        return seed != null && seed.length() == SEED_BYTES * 2 && seed.chars().allMatch(c -> HexFormat.isHexDigit(c)
                && !Character.isUpperCase(c));
    }

    private static byte[] bytes(String seed) {
        return HEX.parseHex(requireSeed(seed, "dice_seed"));
    }
}
