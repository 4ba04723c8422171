package dev.duality.app.live;

import dev.duality.app.projection.TimelineProgress.TimelineAdvanced;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.ParticipantRole;
import dev.duality.core.rejection.Rejected;
import dev.duality.projections.timeline.api.TimelineQueries.TimelineEntry;
import dev.duality.web.Caller;
import dev.duality.web.Gateway;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.duality.app.live.LiveRejection.LIVE_STREAM_LIMIT_REACHED;

/**
 * This node's open event streams and what keeps them moving. A stream holds no thread and no database connection
 * while it waits: it is a cursor (the last {@code seq} sent) over the campaign timeline. Streams of one campaign share
 * a watch, which knows the highest {@code seq} seen in the campaign; a probe (one small timeline query) moves it on
 * when the timeline of this node applied new entries ({@link TimelineAdvanced}) and every {@code poll-interval} for
 * what other nodes wrote. Whenever a probe finds something new, every stream of the campaign catches up from its own
 * cursor with the caller's visibility, checked again each time (a player never gets GM-only entries; one who left gets
 * nothing more and the stream ends). A few worker threads do the reading and writing; one clock thread schedules polls
 * and heartbeats. At most {@code max-streams} are open; stopping the service ends every stream first.
 */
@Component
public class LiveStreams {
    /** Timeline entries read per query, while a stream catches up and while a campaign is probed. */
    static final int PAGE = 200;
    /** Pages one probe reads at most; the next probe goes on from there. */
    static final int PROBE_PAGES = 50;
    private static final int WORKERS = 4;
    /** A stream lasts until the client or the service ends it; heartbeats find clients that went away. */
    private static final long NO_TIMEOUT = 0L;
    private static final Logger LOG = LoggerFactory.getLogger(LiveStreams.class);

    private final TimelineReads reads;
    private final LiveProperties properties;
    private final Map<String, Watch> watches = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private volatile boolean accepting;
    private ScheduledExecutorService clock;
    private ExecutorService workers;

    @Autowired
    public LiveStreams(Gateway gateway, LiveProperties properties, MeterRegistry meters) {
        this(TimelineReads.through(gateway), properties);
        Gauge.builder("duality.live.streams", open, AtomicInteger::get)
                .description("Event streams this node serves now").register(meters);
    }

    LiveStreams(TimelineReads reads, LiveProperties properties) {
        this.reads = reads;
        this.properties = properties;
    }

    /** Where a stream writes: an SSE response in production. */
    interface Sink {
        void send(TimelineEntry entry) throws IOException;

        void heartbeat() throws IOException;

        /** Ends the response (the client may reconnect). */
        void complete();
    }

    @PostConstruct
    synchronized void start() {
        if (clock != null) {
            return;
        }
        ThreadPoolExecutor pool = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), threads("duality-live-"));
        // no thread is kept while no stream is open
        pool.allowCoreThreadTimeOut(true);
        workers = pool;
        clock = Executors.newSingleThreadScheduledExecutor(threads("duality-live-clock"));
        long poll = properties.pollInterval().toNanos();
        long heartbeat = properties.heartbeat().toNanos();
        clock.scheduleWithFixedDelay(this::poll, poll, poll, TimeUnit.NANOSECONDS);
        clock.scheduleAtFixedRate(this::heartbeat, heartbeat, heartbeat, TimeUnit.NANOSECONDS);
        accepting = true;
    }

    /**
     * Ends every stream and stops the threads. Runs when the context starts closing, before the web server's graceful
     * shutdown, which would otherwise wait for the open streams.
     */
    @EventListener(ContextClosedEvent.class)
    @PreDestroy
    public synchronized void stop() {
        accepting = false;
        watches.values().forEach(watch -> watch.streams.forEach(Stream::end));
        if (clock != null) {
            clock.shutdownNow();
            workers.shutdownNow();
            try {
                // a worker blocked on a slow client's socket is interrupted; the wait is short either way
                clock.awaitTermination(2, TimeUnit.SECONDS);
                workers.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether every thread of the live streams has ended (after {@link #stop}). */
    boolean terminated() {
        return clock == null || clock.isTerminated() && workers.isTerminated();
    }

    /**
     * Opens an SSE stream of the campaign's timeline entries after {@code afterSeq}, as {@code caller} may see them.
     * The caller's access to the campaign has been checked.
     *
     * @throws Rejected {@code LIVE_STREAM_LIMIT_REACHED} when this node serves {@code max-streams} already or stops
     */
    public SseEmitter open(CampaignId campaign, Caller caller, long afterSeq) {
        SseEmitter emitter = new SseEmitter(NO_TIMEOUT);
        Stream stream = open(campaign, caller, afterSeq, new SseSink(emitter));
        emitter.onCompletion(stream::close);
        emitter.onTimeout(stream::close);
        emitter.onError(error -> stream.close());
        return emitter;
    }

    Stream open(CampaignId campaign, Caller caller, long afterSeq, Sink sink) {
        if (!reserve()) {
            throw new Rejected(LIVE_STREAM_LIMIT_REACHED, accepting
                    ? "this node serves " + properties.maxStreams() + " event streams already; retry later"
                    : "this node is shutting down; reconnect");
        }
        try {
            String campaignId = campaign.value();
            long known = knownUpTo(campaignId, afterSeq);
            Stream stream = new Stream(campaignId, caller, afterSeq, sink);
            watches.compute(campaignId, (id, watch) -> {
                Watch joined = watch == null ? new Watch(id, known) : watch;
                joined.streams.add(stream);
                return joined;
            });
            stream.wake();
            return stream;
        } catch (RuntimeException e) {
            open.decrementAndGet();
            throw e;
        }
    }

    /** How many streams this node serves now. */
    public int openStreams() {
        return open.get();
    }

    /** This node's timeline applied new entries of a campaign: its streams need not wait for the next poll. */
    @EventListener
    void on(TimelineAdvanced advanced) {
        Watch watch = watches.get(advanced.campaignId());
        if (watch != null) {
            watch.probeSoon();
        }
    }

    private boolean reserve() {
        while (true) {
            int now = open.get();
            if (!accepting || now >= properties.maxStreams()) {
                return false;
            }
            if (open.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    /**
     * Where a new watch may start probing: {@code afterSeq} if the campaign has an entry that far, else 0. A watch
     * never starts beyond the timeline's real end (a made-up Last-Event-ID), or it would miss the entries that fill the
     * gap.
     */
    private long knownUpTo(String campaignId, long afterSeq) {
        if (afterSeq == 0 || watches.containsKey(campaignId)) {
            return 0;
        }
        List<TimelineEntry> at = reads.after(campaignId, afterSeq - 1, 1, true);
        return !at.isEmpty() && at.get(0).seq() == afterSeq ? afterSeq : 0;
    }

    private void poll() {
        watches.values().forEach(Watch::probeSoon);
    }

    private void heartbeat() {
        watches.values().forEach(watch -> watch.streams.forEach(Stream::beat));
    }

    private boolean execute(Runnable task) {
        try {
            workers.execute(task);
            return true;
        } catch (RejectedExecutionException stopped) {
            return false;
        }
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix.endsWith("-") ? prefix + count.incrementAndGet() : prefix);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * The streams of one campaign and the highest {@code seq} known there. Only its probe, one at a time, moves it.
     */
    final class Watch {
        final String campaignId;
        final Set<Stream> streams = ConcurrentHashMap.newKeySet();
        private final AtomicInteger pending = new AtomicInteger();
        private volatile long head;
        private volatile boolean failing;

        Watch(String campaignId, long head) {
            this.campaignId = campaignId;
            this.head = head;
        }

        /** Probes on a worker; requests that arrive while a probe runs make it run once more. */
        void probeSoon() {
            if (pending.getAndIncrement() == 0 && !execute(this::drain)) {
                pending.set(0);
            }
        }

        private void drain() {
            int missed = 1;
            do {
                probe();
                missed = pending.addAndGet(-missed);
            } while (missed != 0);
        }

        /** Looks past the head (GM-only entries included: every stream's cursor may be behind them). */
        private void probe() {
            long from = head;
            try {
                for (int page = 0; page < PROBE_PAGES; page++) {
                    List<TimelineEntry> found = reads.after(campaignId, from, PAGE, true);
                    if (!found.isEmpty()) {
                        from = found.get(found.size() - 1).seq();
                    }
                    if (found.size() < PAGE) {
                        break;
                    }
                }
                failing = false;
            } catch (RuntimeException e) {
                if (!failing) {
                    LOG.warn("live updates: cannot read the timeline of campaign {}; retrying", campaignId, e);
                }
                failing = true;
            }
            boolean advanced = from > head;
            head = from;
            // the woken catch up from their own cursors; a stream whose last catch-up failed tries again
            streams.forEach(stream -> {
                if (advanced || stream.failing) {
                    stream.wake();
                }
            });
        }
    }

    /** One client's stream: its cursor and the work it has been asked to do, done on a worker one piece at a time. */
    final class Stream {
        final String campaignId;
        final Caller caller;
        final Sink sink;
        private volatile long lastSeq;
        private final AtomicBoolean closed = new AtomicBoolean();
        private final AtomicBoolean catchUpDue = new AtomicBoolean();
        private final AtomicBoolean heartbeatDue = new AtomicBoolean();
        private final AtomicInteger pending = new AtomicInteger();
        private volatile boolean failing;

        Stream(String campaignId, Caller caller, long afterSeq, Sink sink) {
            this.campaignId = campaignId;
            this.caller = caller;
            this.lastSeq = afterSeq;
            this.sink = sink;
        }

        /** The last {@code seq} sent (or the start position). */
        long lastSeq() {
            return lastSeq;
        }

        void wake() {
            catchUpDue.set(true);
            schedule();
        }

        void beat() {
            heartbeatDue.set(true);
            schedule();
        }

        private void schedule() {
            if (!closed.get() && pending.getAndIncrement() == 0 && !execute(this::drain)) {
                close();
            }
        }

        private void drain() {
            int missed = 1;
            do {
                if (closed.get()) {
                    return;
                }
                try {
                    if (heartbeatDue.getAndSet(false)) {
                        sink.heartbeat();
                    }
                    if (catchUpDue.getAndSet(false)) {
                        catchUp();
                    }
                } catch (IOException gone) {
                    // the client went away (a write failed): its slot is free again
                    close();
                    return;
                } catch (RuntimeException e) {
                    if (!failing) {
                        LOG.warn("live updates: a stream of campaign {} cannot read the timeline; retrying",
                                campaignId, e);
                    }
                    failing = true;
                }
                missed = pending.addAndGet(-missed);
            } while (missed != 0);
        }

        private void catchUp() throws IOException {
            Optional<Boolean> seesGmOnly = seesGmOnly();
            if (seesGmOnly.isEmpty()) {
                // the participant left: nothing more of this campaign is theirs to see
                end();
                return;
            }
            List<TimelineEntry> page;
            do {
                page = reads.after(campaignId, lastSeq, PAGE, seesGmOnly.get());
                for (TimelineEntry entry : page) {
                    sink.send(entry);
                    lastSeq = entry.seq();
                }
            } while (page.size() == PAGE && !closed.get());
            failing = false;
        }

        /** Whether the caller sees GM-only entries now; empty when a participant has left the table. */
        private Optional<Boolean> seesGmOnly() {
            if (caller instanceof Caller.Participant participant) {
                return reads.seat(campaignId, participant.participantId()).map(role -> role == ParticipantRole.GM);
            }
            return Optional.of(caller instanceof Caller.Admin);
        }

        /** Ends the response and frees the slot. */
        void end() {
            try {
                sink.complete();
            } finally {
                close();
            }
        }

        /** Frees the slot, once, whoever ends the stream first (client, service, a failed write). */
        void close() {
            if (closed.compareAndSet(false, true)) {
                open.decrementAndGet();
                watches.computeIfPresent(campaignId, (id, watch) -> {
                    watch.streams.remove(this);
                    return watch.streams.isEmpty() ? null : watch;
                });
            }
        }
    }

    /** Writes SSE: {@code id:} the seq, {@code event:} the event type, {@code data:} the entry as JSON. */
    private record SseSink(SseEmitter emitter) implements Sink {
        @Override
        public void send(TimelineEntry entry) throws IOException {
            write(SseEmitter.event().id(Long.toString(entry.seq())).name(entry.eventType())
                    .data(entry, MediaType.APPLICATION_JSON));
        }

        @Override
        public void heartbeat() throws IOException {
            write(SseEmitter.event().comment("heartbeat"));
        }

        @Override
        public void complete() {
            emitter.complete();
        }

        private void write(SseEmitter.SseEventBuilder event) throws IOException {
            try {
                emitter.send(event);
            } catch (IllegalStateException completed) {
                throw new IOException("the stream has ended", completed);
            }
        }
    }
}
