package dev.duality.app.projection;

import dev.duality.core.rejection.Rejected;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The projections' processors as an operator sees them: where each stands in the journal, how far behind the head it
 * is, and whether it is replaying; and the replay itself, by resetting a streaming processor's tokens.
 */
public class ProjectionProcessors {
    private static final long SEGMENTS_TTL_NANOS = java.time.Duration.ofSeconds(5).toNanos();
    private final Supplier<EventProcessingConfiguration> processing;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final StoredTokens stored;
    private final TransactionManager transactions;
    private final ProjectionRebuilds rebuilds;
    /** Segment ids per processor, read again after a while: they change only when an operator splits or merges. */
    private final Map<String, CachedSegments> segments = new java.util.concurrent.ConcurrentHashMap<>();

    private record CachedSegments(int[] ids, long readAt) {
    }

    public ProjectionProcessors(Supplier<EventProcessingConfiguration> processing, EventStore eventStore,
                                TokenStore tokenStore, StoredTokens stored, TransactionManager transactions,
                                ProjectionRebuilds rebuilds) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.stored = stored;
        this.transactions = transactions;
        this.rebuilds = rebuilds;
    }

    /** One projection's processor, as listed by {@code GET /admin/v1/projections}. */
    public record State(String name, boolean streaming, int segments, int segmentsHere, Long position, long head,
                        Long lag, boolean replaying, Double replayProgress, boolean errored) {
    }

    /** Every processor, sorted by name. */
    public List<State> states() {
        long head = head();
        return processors().stream().sorted(Comparator.comparing(EventProcessor::getName))
                .map(processor -> state(processor, head)).toList();
    }

    public State state(String name) {
        return state(processor(name), head());
    }

    /** The position of the journal's last event; 0 when it is empty. */
    public long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    State state(EventProcessor processor, long head) {
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return new State(processor.getName(), false, 0, 0, null, head, null, false, null, false);
        }
        Map<Integer, EventTrackerStatus> here = streaming.processingStatus();
        Map<Integer, TrackingToken> tokens = tokens(streaming);
        Long position = tokens.isEmpty() ? null : tokens.values().stream()
                .mapToLong(token -> token == null ? 0 : WrappedToken.unwrapLowerBound(token).position().orElse(0))
                .min().orElse(0);
        boolean replaying = here.values().stream().anyMatch(ProjectionProcessors::rebuilding);
        Double progress = replaying ? here.values().stream().filter(ProjectionProcessors::rebuilding)
                .mapToDouble(ProjectionProcessors::replayProgress).min().orElse(0) : null;
        return new State(processor.getName(), true, tokens.size(), here.size(), position, head,
                position == null ? null : Math.max(0, head - position), replaying, progress,
                here.values().stream().anyMatch(EventTrackerStatus::isErrorState));
    }

    /** Whether a segment of this node's processor is still rebuilding its read model after a replay. */
    boolean rebuilding(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream().anyMatch(ProjectionProcessors::rebuilding);
    }

    /**
     * A segment rebuilds until it reaches the journal position where its replay began. Axon flags it as replaying
     * until the first event after that position, which on a quiet journal never comes: a finished replay would look
     * unfinished, and the commands' wait for their own writes would skip the processor.
     */
    private static boolean rebuilding(EventTrackerStatus status) {
        return status.isReplaying()
                && status.getCurrentPosition().orElse(0) < status.getResetPosition().orElse(0);
    }

    /** Percent of a replaying segment's way from the journal's start to where the reset found the head. */
    private static double replayProgress(EventTrackerStatus status) {
        OptionalLong current = status.getCurrentPosition();
        OptionalLong reset = status.getResetPosition();
        if (reset.isEmpty() || reset.getAsLong() <= 0) {
            return 100;
        }
        double percent = 100.0 * current.orElse(0) / reset.getAsLong();
        return Math.min(100, Math.floor(percent * 10) / 10);
    }

    /**
     * Every segment's token: from this node's own trackers where it holds the segment, else as stored (another node
     * holds it, or nobody yet).
     */
    Map<Integer, TrackingToken> tokens(StreamingEventProcessor processor) {
        Map<Integer, TrackingToken> tokens = new HashMap<>();
        Map<Integer, EventTrackerStatus> here = processor.processingStatus();
        Map<Integer, TrackingToken> elsewhere = null;
        for (int segment : segments(processor.getName())) {
            EventTrackerStatus status = here.get(segment);
            if (status == null && elsewhere == null) {
                // one read for every segment this node does not hold
                elsewhere = stored.of(processor.getName());
            }
            tokens.put(segment, status != null ? status.getTrackingToken() : elsewhere.get(segment));
        }
        return tokens;
    }

    private int[] segments(String processor) {
        long now = System.nanoTime();
        CachedSegments cached = segments.get(processor);
        if (cached == null || cached.ids().length == 0 || now - cached.readAt() > SEGMENTS_TTL_NANOS) {
            cached = new CachedSegments(tokenStore.fetchSegments(processor), now);
            segments.put(processor, cached);
        }
        return cached.ids();
    }

    /**
     * Whether the processor has applied every write: for each, the token of the segment its event belongs to has
     * passed it. The tokens are read once for all of them.
     */
    boolean covers(StreamingEventProcessor processor, List<OwnWrites.Write> writes) {
        Map<Integer, TrackingToken> tokens = tokens(processor);
        if (tokens.isEmpty()) {
            return false;
        }
        var sequencing = processing.get().sequencingPolicy(processor.getName());
        Segment[] segments = Segment.computeSegments(tokens.keySet().stream().mapToInt(Integer::intValue).toArray());
        return writes.stream().allMatch(write -> {
            Object sequence = sequencing.getSequenceIdentifierFor(write.event());
            Object key = sequence == null ? write.event().getIdentifier() : sequence;
            return java.util.Arrays.stream(segments).filter(segment -> segment.matches(key))
                    .allMatch(segment -> covers(tokens.get(segment.getSegmentId()), write.position()));
        });
    }

    static boolean covers(TrackingToken token, long position) {
        if (token == null) {
            return false;
        }
        TrackingToken current = WrappedToken.unwrapLowerBound(token);
        if (current instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return current.position().orElse(-1) >= position;
    }

    /**
     * Stops every streaming processor and stores each segment's position as it was, so the journal position an
     * operator (or the next start's apply-mode hand-over) reads is exact. A processor stores its token only now and
     * then while the events it passes are none of its business; without this, a clean stop could leave it looking
     * behind.
     */
    void stopStoringPositions() {
        stopStoringPositions(streaming());
    }

    /** Stops these streaming processors, each segment's position stored as it was. */
    void stopStoringPositions(List<? extends StreamingEventProcessor> processors) {
        for (StreamingEventProcessor processor : processors) {
            // a copy: the processor's own map empties as it stops
            Map<Integer, EventTrackerStatus> here = Map.copyOf(processor.processingStatus());
            processor.shutDown();
            here.forEach((segment, status) -> {
                TrackingToken reached = status.getTrackingToken();
                try {
                    transactions.executeInTransaction(() -> {
                        TrackingToken stored = tokenStore.fetchToken(processor.getName(), segment);
                        if (reached != null && (stored == null || reached.covers(stored))) {
                            tokenStore.storeToken(reached, processor.getName(), segment);
                        }
                        tokenStore.releaseClaim(processor.getName(), segment);
                    });
                } catch (UnableToClaimTokenException e) {
                    // another node took the segment over meanwhile: its position is its own to store
                }
            });
        }
    }

    /** The streaming processors, for waiting on them. */
    List<StreamingEventProcessor> streaming() {
        List<StreamingEventProcessor> streaming = new ArrayList<>();
        processors().forEach(processor -> {
            if (processor instanceof StreamingEventProcessor s) {
                streaming.add(s);
            }
        });
        return streaming;
    }

    /**
     * Rebuilds a projection from the journal. Async: stops its processor, resets its tokens to the journal's start
     * (its {@code @ResetHandler}s clear its tables in the same step), and starts it again; commands go on meanwhile,
     * and the processor catches up from the start, then follows the head. Inline: rebuilds it in one transaction
     * before answering ({@link ProjectionRebuilds#replayInline}).
     */
    public State replay(String name) {
        EventProcessor processor = processor(name);
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            rebuilds.replayInline(name);
            return state(name);
        }
        streaming.shutDown();
        try {
            // to the journal's start, explicitly: the processor's initial token may be the head (see ApplyModeHandover)
            streaming.resetTokens(source -> source.createTailToken());
        } catch (UnableToClaimTokenException e) {
            throw new Rejected(ProjectionRejection.PROJECTION_REPLAY_BLOCKED,
                    "another node holds a segment of " + name + "; retry when it has released it");
        } finally {
            segments.remove(name);
            streaming.start();
        }
        return state(name);
    }

    private List<EventProcessor> processors() {
        return List.copyOf(processing.get().eventProcessors().values());
    }

    private EventProcessor processor(String name) {
        return processing.get().eventProcessor(name).orElseThrow(() -> new Rejected(
                ProjectionRejection.PROJECTION_NOT_FOUND, "no projection is named " + name));
    }
}
