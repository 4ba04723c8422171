package dev.duality.app.persistence;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.axonframework.eventhandling.EventMessage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The request this thread serves is a dry run ({@code ?dry_run=true}): it runs for real inside one transaction that is
 * then rolled back, and this collects what it would have done, the events its decision appended and the read-model
 * rows they changed, so the answer can show them. Nothing else of the request survives it.
 */
public final class DryRun {
    private static final ThreadLocal<DryRun> CURRENT = new ThreadLocal<>();
    private final List<EventMessage<?>> events = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();

    /** A read-model row the request inserted, updated or deleted, with each changed column before and after. */
    public record Change(String table, Kind kind, Object id, Map<String, Values> columns) {
        public enum Kind {
            @JsonProperty("inserted") INSERTED,
            @JsonProperty("updated") UPDATED,
            @JsonProperty("deleted") DELETED
        }

        public record Values(Object before, Object after) {
        }
    }

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
    }

    void end() {
        CURRENT.remove();
    }

    void appended(List<? extends EventMessage<?>> appended) {
        events.addAll(appended);
    }

    void changed(String table, Change.Kind kind, Object id, String[] names, Object[] before, Object[] after) {
        Map<String, Change.Values> columns = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (names[i].startsWith("_")) {
                continue; // Hibernate's own (the mapper of a composite id), not a column
            }
            Object was = before == null ? null : before[i];
            Object is = after == null ? null : after[i];
            if (!Objects.equals(was, is)) {
                columns.put(names[i], new Change.Values(was, is));
            }
        }
        if (!columns.isEmpty() || kind != Change.Kind.UPDATED) {
            changes.add(new Change(table, kind, id, columns));
        }
    }

    List<EventMessage<?>> events() {
        return events;
    }

    List<Change> changes() {
        return changes;
    }
}
