package dev.duality.app.axon;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.reflect.Field;

/**
 * The aggregates kept in memory, each checked against the journal before it is used: if another node has appended to
 * the aggregate since it was cached, the entry is dropped and the aggregate is rebuilt from the journal. A command
 * that writes a stale aggregate would fail on the journal's unique sequence anyway and be retried; this is for the
 * aggregates a command only reads (the campaign its authorization is decided on, the session whose gate or lock it
 * checks), which would otherwise decide on what another node already changed. One indexed lookup per cached load.
 */
final class JournalCheckedCache implements Cache {
    /** AggregateCacheEntry keeps the version it was cached at privately; Axon offers no accessor. */
    private static final Field VERSION = versionField();
    private final Cache delegate;
    private final JdbcTemplate jdbc;

    JournalCheckedCache(Cache delegate, JdbcTemplate jdbc) {
        this.delegate = delegate;
        this.jdbc = jdbc;
    }

    private static Field versionField() {
        try {
            Field field = AggregateCacheEntry.class.getDeclaredField("version");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("this Axon version's AggregateCacheEntry has no version field", e);
        }
    }

    @Override
    public <K, V> V get(K key) {
        V cached = delegate.get(key);
        if (cached instanceof AggregateCacheEntry<?> entry && !current(key, entry)) {
            delegate.remove(key);
            return null;
        }
        return cached;
    }

    private boolean current(Object key, AggregateCacheEntry<?> entry) {
        Long journal = jdbc.queryForObject(
                "select max(sequence_number) from domain_event_entry where aggregate_identifier = ?", Long.class,
                key.toString());
        try {
            Long cached = (Long) VERSION.get(entry);
            // behind the journal means another node appended; ahead of it are this unit of work's own events, not yet
            // written (an aggregate just created, or changed before a nested command loads it again)
            return journal == null || (cached != null && cached >= journal);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void put(Object key, Object value) {
        delegate.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return delegate.putIfAbsent(key, value);
    }

    @Override
    public boolean remove(Object key) {
        return delegate.remove(key);
    }

    @Override
    public void removeAll() {
        delegate.removeAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return delegate.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return delegate.registerCacheEntryListener(cacheEntryListener);
    }
}
