package dev.duality.app.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How read models follow the journal.
 *
 * @param applyMode {@code inline}: projections update in the command's transaction, so a command's effects are
 *                  visible to queries when it returns; {@code async}: pooled streaming processors catch up after the
 *                  append, with tokens in {@code token_entry}
 * @param batchSize events per transaction for streaming processors
 */
@ConfigurationProperties("duality.projections")
public record ProjectionProperties(@DefaultValue("inline") ApplyMode applyMode, @DefaultValue("100") int batchSize) {

    public enum ApplyMode {
        INLINE, ASYNC
    }
}
