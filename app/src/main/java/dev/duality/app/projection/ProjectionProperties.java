package dev.duality.app.projection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How read models follow the journal.
 *
 * @param applyMode          {@code inline}: projections update in the command's transaction; {@code async}: pooled
 *                           streaming processors catch up after the append, with tokens in {@code token_entry};
 *                           {@code shadow}: inline, and beside it streaming processors apply the same handlers to
 *                           shadow copies of the tables, compared with the live ones now and then
 * @param shadowCompareInterval shadow: how often every projection's shadow tables are compared with the live ones
 *                           (0 never; {@code POST /admin/v1/projections/{name}/shadow/compare} compares one at once)
 * @param historyCheckpointEvery reads of the past ({@code ?as_of_seq=}) keep a campaign's rows every this many of its
 *                           events, so a later read of its past replays at most this many
 * @param batchSize          events per transaction for streaming processors
 * @param segments           async: how many segments a streaming processor splits the journal into when it first
 *                           creates its tokens (one campaign's events always stay in one segment); later changes need
 *                           a processor without tokens
 * @param readYourWritesWait async: how long a command's answer waits for the read models to apply its events before it
 *                           is sent anyway (a lag that long shows on {@code GET /admin/v1/projections})
 */
@ConfigurationProperties("duality.projections")
public record ProjectionProperties(@DefaultValue("inline") ApplyMode applyMode, @DefaultValue("100") int batchSize,
                                   @DefaultValue("2") int segments, @DefaultValue("10s") Duration readYourWritesWait,
                                   @DefaultValue("10m") Duration shadowCompareInterval,
                                   @DefaultValue("200") int historyCheckpointEvery) {

    public ProjectionProperties {
        if (batchSize < 1) {
            throw new IllegalArgumentException("duality.projections.batch-size must be at least 1, was " + batchSize);
        }
        if (segments < 1) {
            throw new IllegalArgumentException("duality.projections.segments must be at least 1, was " + segments);
        }
        if (readYourWritesWait.isNegative()) {
            throw new IllegalArgumentException("duality.projections.read-your-writes-wait must not be negative");
        }
        if (historyCheckpointEvery < 1) {
            throw new IllegalArgumentException("duality.projections.history-checkpoint-every must be at least 1, was "
                    + historyCheckpointEvery);
        }
        if (shadowCompareInterval.isNegative()) {
            throw new IllegalArgumentException("duality.projections.shadow-compare-interval must not be negative");
        }
    }

    public enum ApplyMode {
        INLINE, ASYNC, SHADOW
    }
}
