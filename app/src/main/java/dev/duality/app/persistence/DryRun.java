package dev.duality.app.persistence;

import org.axonframework.eventhandling.EventMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The request this thread serves is a dry run ({@code ?dry_run=true}): it runs for real inside one transaction that is
 * then rolled back, and this collects what it would have done, the events its decision appended and the read-model
 * rows they changed, so the answer can show them. Nothing else of the request survives it.
 */
public final class DryRun implements RowWatch.Watcher {
    private static final ThreadLocal<DryRun> CURRENT = new ThreadLocal<>();
    private final List<EventMessage<?>> events = new ArrayList<>();
    private final List<RowChange> changes = new ArrayList<>();

    DryRun() {
    }

    /** Whether the current request is a dry run (read-your-writes waits and idempotency keys do not apply to it). */
    public static boolean active() {
        return CURRENT.get() != null;
    }

    static Optional<DryRun> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    void begin() {
        CURRENT.set(this);
        RowWatch.start(this);
    }

    void end() {
        RowWatch.stop();
        CURRENT.remove();
    }

    void appended(List<? extends EventMessage<?>> appended) {
        events.addAll(appended);
    }

    @Override
    public void changed(RowChange change) {
        changes.add(change);
    }

    List<EventMessage<?>> events() {
        return events;
    }

    List<RowChange> changes() {
        return changes;
    }
}
