package dev.duality.app.bundle;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.duality.app.persistence.BundleKeyStore;
import org.springframework.stereotype.Component;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The service's bundle-signing key and the keys it trusts. The signing key is the configured one
 * ({@code duality.bundles.signing-key}) or else one generated once and kept in the database, so restarts and every
 * node of the service sign alike. A bad configured key stops the start, naming the property.
 */
@Component
public class BundleKeys {
    static final String ALGORITHM = "Ed25519";
    private final BundleKeyStore store;
    private final List<PublicKey> trusted;
    private final KeyPair configured;
    private volatile KeyPair signing;

    public BundleKeys(BundleProperties properties, BundleKeyStore store) {
        this.store = store;
        this.configured = configured(properties.signingKey());
        List<PublicKey> keys = new ArrayList<>();
        for (int i = 0; i < properties.trustedKeys().size(); i++) {
            String name = "duality.bundles.trusted-keys[" + i + "]";
            keys.add(publicKey(properties.trustedKeys().get(i))
                    .orElseThrow(() -> new IllegalStateException(name + " is not an Ed25519 public key (X.509 DER, "
                            + "base64, as GET /admin/v1/bundles/key shows it)")));
        }
        this.trusted = List.copyOf(keys);
    }

    /** Where the signing key comes from. */
    public enum Source {
        /** {@code duality.bundles.signing-key}. */
        @JsonProperty("configured") CONFIGURED,
        /** Generated once, kept in the database. */
        @JsonProperty("generated") GENERATED
    }

    public Source source() {
        return configured != null ? Source.CONFIGURED : Source.GENERATED;
    }

    /** The signing key's public half. */
    public PublicKey publicKey() {
        return signingKey().getPublic();
    }

    /** The ids of the keys configured as trusted (the service's own is always trusted too). */
    public List<String> trustedKeyIds() {
        return trusted.stream().map(BundleKeys::id).toList();
    }

    /** Signs {@code data} with the service's key. */
    public byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(signingKey().getPrivate());
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** Whether bundles signed with {@code key} may be imported: it is the service's own, or a configured one. */
    public boolean trusts(PublicKey key) {
        return key.equals(publicKey()) || trusted.contains(key);
    }

    /** {@code ed25519:} and the first 16 hex digits of the SHA-256 of the key's X.509 encoding. */
    public static String id(PublicKey key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return "ed25519:" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** An Ed25519 public key from its base64 X.509 encoding; empty when it is not one. */
    public static Optional<PublicKey> publicKey(String base64) {
        try {
            PublicKey key = KeyFactory.getInstance(ALGORITHM).generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
            return Optional.of(key);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code signature} is {@code key}'s signature of {@code data}. */
    public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private KeyPair signingKey() {
        KeyPair key = signing;
        if (key == null) {
            synchronized (this) {
                if (signing == null) {
                    signing = configured != null ? configured : stored();
                }
                key = signing;
            }
        }
        return key;
    }

    private KeyPair stored() {
        BundleKeyStore.StoredKey stored = store.getOrCreate(() -> {
            KeyPair generated = generate(new SecureRandom());
            return new BundleKeyStore.StoredKey(generated.getPrivate().getEncoded(),
                    generated.getPublic().getEncoded());
        });
        try {
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            return new KeyPair(keys.generatePublic(new X509EncodedKeySpec(stored.publicKey())),
                    keys.generatePrivate(new PKCS8EncodedKeySpec(stored.privateKey())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the bundle-signing key kept in bundle_signing_key is unreadable", e);
        }
    }

    /** The configured key pair, its public half derived from the private key; null when none is configured. */
    private static KeyPair configured(String base64) {
        if (base64 == null || base64.isBlank()) {
            return null;
        }
        try {
            PrivateKey key = KeyFactory.getInstance(ALGORITHM).generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
            byte[] seed = ((EdECPrivateKey) key).getBytes().orElseThrow();
            // the JDK derives an Ed25519 public key only while generating a pair: generate the pair of this seed
            return generate(new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, bytes.length);
                }
            });
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException
                 | java.util.NoSuchElementException e) {
            throw new IllegalStateException("duality.bundles.signing-key is not an Ed25519 private key (PKCS#8 DER, "
                    + "base64)", e);
        }
    }

    private static KeyPair generate(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available in this JDK", e);
        }
    }
}
