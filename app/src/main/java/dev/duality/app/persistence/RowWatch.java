package dev.duality.app.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who, on this thread, wants to see the read-model rows Hibernate writes and loads: a dry run (what its events would
 * change) or a look into the past (which rows a read used, and which events changed them). Fed by Hibernate listeners
 * ({@link DryRunConfiguration}) that return at once when nobody watches.
 */
public final class RowWatch {
    private static final ThreadLocal<Watcher> CURRENT = new ThreadLocal<>();

    /** Told of every row of Duality's read models written or loaded while it watches. */
    public interface Watcher {
        void changed(RowChange change);

        /** A row a query loaded, with its columns' values. */
        default void loaded(String table, Object id, Map<String, Object> columns) {
        }
    }

    private RowWatch() {
    }

    public static void start(Watcher watcher) {
        CURRENT.set(watcher);
    }

    public static void stop() {
        CURRENT.remove();
    }

    static Optional<Watcher> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The change as a watcher sees it: the columns whose values differ; none for an update that changed nothing. */
    static Optional<RowChange> change(String table, RowChange.Kind kind, Object id, String[] names, Object[] before,
                                      Object[] after) {
        Map<String, RowChange.Values> columns = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (names[i].startsWith("_")) {
                continue; // Hibernate's own (the mapper of a composite id), not a column
            }
            Object was = before == null ? null : before[i];
            Object is = after == null ? null : after[i];
            if (!Objects.equals(was, is)) {
                columns.put(names[i], new RowChange.Values(was, is));
            }
        }
        return columns.isEmpty() && kind == RowChange.Kind.UPDATED ? Optional.empty()
                : Optional.of(new RowChange(table, kind, id, columns));
    }
}
