package dev.duality.app.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code Idempotency-Key} handling (see {@link IdempotencyFilter}).
 *
 * @param retention     how long a key and its answer are kept; an older key is purged and counts as new again
 * @param lease         how long a claim on a key holds without renewal; the node running the request renews it every
 *                      third of this, so a key stays claimed only as long as its node lives (a retry after the lease
 *                      ran out takes the key over, or is answered from the journal if the command committed)
 * @param repeatWait    how long a repeat waits for the first request with its key to finish before it is refused
 *                      with {@code IDEMPOTENCY_KEY_IN_PROGRESS}
 * @param purgeInterval how often each node deletes expired keys
 */
@ConfigurationProperties("duality.idempotency")
public record IdempotencyProperties(@DefaultValue("24h") Duration retention, @DefaultValue("30s") Duration lease,
                                    @DefaultValue("2s") Duration repeatWait, @DefaultValue("1h") Duration purgeInterval) {

    public IdempotencyProperties {
        positive("retention", retention);
        positive("lease", lease);
        positive("purge-interval", purgeInterval);
        if (repeatWait.isNegative()) {
            throw new IllegalArgumentException("duality.idempotency.repeat-wait must not be negative, was "
                    + repeatWait);
        }
        if (lease.toMillis() < 3) {
            throw new IllegalArgumentException("duality.idempotency.lease must be at least 3ms, was " + lease);
        }
    }

    private static void positive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("duality.idempotency." + name + " must be positive, was " + value);
        }
    }
}
