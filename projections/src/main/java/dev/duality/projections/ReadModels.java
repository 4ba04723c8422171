package dev.duality.projections;

import jakarta.persistence.EntityManager;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one way projections write a row keyed by an event's ids (replay-safe, whether the row exists or not), and the
 * one way they read an enum back from a row: rows store wire names ({@link Wire#name}), views carry the enums.
 */
public final class ReadModels {
    private ReadModels() {
    }

    /**
     * Finds the row with {@code key} or creates it, lets {@code fill} set its columns, and persists a new row only
     * once filled: Hibernate inserts the state a row has when it is persisted. Replaying the same event twice leaves
     * the same row.
     */
    public static <T> T upsert(EntityManager em, Class<T> type, Object key, Supplier<T> create, Consumer<T> fill) {
        T row = em.find(type, key);
        boolean isNew = row == null;
        if (isNew) {
            row = create.get();
        }
        fill.accept(row);
        if (isNew) {
            em.persist(row);
        }
        return row;
    }
}
