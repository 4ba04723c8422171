package dev.duality.bench;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Runs one action from several threads, bounded by a count and a duration, and records each call's latency. */
final class Load {

    /** One call; answers whether it counted as done (a refusal, say, is not). */
    @FunctionalInterface
    interface Action {
        boolean run(int client, long n) throws Exception;
    }

    /** What a load did: calls done and refused, the seconds it took, and the latency of the done ones. */
    record Result(long done, long refused, double seconds, Histogram latency) {
        double perSecond() {
            return done / seconds;
        }

        double p50Ms() {
            return latency.getValueAtPercentile(50) / 1e6;
        }

        double p99Ms() {
            return latency.getValueAtPercentile(99) / 1e6;
        }
    }

    private Load() {
    }

    /** {@code clients} threads call {@code action} until {@code maxCalls} calls in all or {@code maxSeconds} passed. */
    static Result run(int clients, long maxCalls, double maxSeconds, Action action) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong issued = new AtomicLong();
        AtomicLong done = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        long start = System.nanoTime();
        // a duration past a day means no bound
        long deadline = maxSeconds > 86_400 ? Long.MAX_VALUE : start + (long) (maxSeconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                long n;
                while ((n = issued.getAndIncrement()) < maxCalls && System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    try {
                        if (action.run(client, n)) {
                            recorder.recordValue(System.nanoTime() - t0);
                            done.incrementAndGet();
                        } else {
                            refused.incrementAndGet();
                        }
                    } catch (Exception | AssertionError e) {
                        synchronized (failures) {
                            failures.add(e);
                        }
                        return;
                    }
                }
            }, "load-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!failures.isEmpty()) {
            IllegalStateException failure = new IllegalStateException("a load client failed: " + failures.get(0),
                    failures.get(0));
            throw failure;
        }
        Histogram latency = recorder.getIntervalHistogram();
        return new Result(done.get(), refused.get(), seconds, latency);
    }
}
