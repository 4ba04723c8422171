package dev.duality.core.campaign.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.ValueRejection;

import java.util.regex.Pattern;

/**
 * The SHA-256 hash (lowercase hex) of a secret such as an access token or an invite code. The journal and read models
 * only ever hold the hash; the secret itself is shown to its holder once.
 */
public record SecretHash(@JsonValue String value) {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public SecretHash {
        Rejected.unless(value != null && SHA256_HEX.matcher(value).matches(), ValueRejection.VALUE_REQUIRED, "secret",
                "a secret hash is 64 lowercase hex digits");
    }

    @JsonCreator
    public static SecretHash of(String value) {
        return new SecretHash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
