package dev.duality.app.bundle;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Session bundles' keys.
 *
 * @param signingKey  the Ed25519 private key this service signs bundles with, PKCS#8 DER in base64
 *                    ({@code DUALITY_BUNDLES_SIGNING_KEY}); when blank, one is generated once and kept in the database
 * @param trustedKeys Ed25519 public keys (X.509 DER in base64, as {@code GET /admin/v1/bundles/key} shows them) whose
 *                    bundles this service imports, besides its own
 */
@ConfigurationProperties("duality.bundles")
public record BundleProperties(String signingKey, List<String> trustedKeys) {
    public BundleProperties {
        trustedKeys = trustedKeys == null ? List.of() : trustedKeys.stream().map(String::strip)
                .filter(key -> !key.isEmpty()).toList();
    }
}
