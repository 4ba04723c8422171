package dev.duality.app.projection;

import dev.duality.web.ReadYourWrites;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Async mode: after a command, waits until every streaming processor has passed the events the command appended (its
 * own positions, not the head, so other clients' traffic never lengthens the wait), in the segments that hold them:
 * another node stores the position of a segment that saw none of its events only now and then. A processor that is replaying is
 * not waited for: its read model is being rebuilt and answers from what it has so far. After the bound the answer is
 * sent anyway, with a warning in the log.
 */
final class StreamingReadYourWrites implements ReadYourWrites {
    private static final Logger LOG = LoggerFactory.getLogger(StreamingReadYourWrites.class);
    private static final long FIRST_PAUSE_NANOS = Duration.ofMillis(1).toNanos();
    private static final long LONGEST_PAUSE_NANOS = Duration.ofMillis(20).toNanos();
    private final OwnWrites ownWrites;
    private final ProjectionProcessors processors;
    private final Duration bound;

    StreamingReadYourWrites(OwnWrites ownWrites, ProjectionProcessors processors, Duration bound) {
        this.ownWrites = ownWrites;
        this.processors = processors;
        this.bound = bound;
    }

    @Override
    public void awaitOwnWrites() {
        List<OwnWrites.Write> writes = ownWrites.take();
        if (writes.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + bound.toNanos();
        long pause = FIRST_PAUSE_NANOS;
        List<StreamingEventProcessor> behind = processors.streaming();
        while (true) {
            behind = behind.stream().filter(processor -> !processors.rebuilding(processor)
                    && !processors.covers(processor, writes)).toList();
            if (behind.isEmpty()) {
                return;
            }
            if (System.nanoTime() >= deadline) {
                LOG.warn("answering before {} applied journal positions {} (waited {})",
                        behind.stream().map(StreamingEventProcessor::getName).toList(),
                        writes.stream().map(OwnWrites.Write::position).toList(),
                        bound);
                return;
            }
            LockSupport.parkNanos(pause);
            pause = Math.min(LONGEST_PAUSE_NANOS, pause * 2);
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
    }
}
