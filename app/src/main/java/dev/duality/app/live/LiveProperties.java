package dev.duality.app.live;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Live updates ({@code GET …/events/stream}).
 *
 * @param maxStreams   event streams one node serves at once; the next is refused with {@code LIVE_STREAM_LIMIT_REACHED}
 *                     (0 turns live updates off)
 * @param heartbeat    how often every open stream gets an SSE comment line, so proxies and load balancers never see
 *                     it idle (and a client that has gone is noticed)
 * @param pollInterval how often each campaign with open streams is checked for entries this node did not write (another
 *                     node's commands); this node's own are sent as soon as the timeline has applied them
 */
@ConfigurationProperties("duality.live")
public record LiveProperties(@DefaultValue("1000") int maxStreams, @DefaultValue("15s") Duration heartbeat,
                             @DefaultValue("1s") Duration pollInterval) {

    public LiveProperties {
        if (maxStreams < 0) {
            throw new IllegalArgumentException("duality.live.max-streams must not be negative, was " + maxStreams);
        }
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("duality.live.heartbeat must be positive, was " + heartbeat);
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("duality.live.poll-interval must be positive, was " + pollInterval);
        }
    }
}
