package dev.duality.app.projection;

import dev.duality.app.axon.JournalStorageEngine;
import dev.duality.app.axon.ProjectionIntentFilter;
import dev.duality.app.persistence.RowChange;
import dev.duality.app.persistence.RowWatch;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.projections.timeline.TimelineProjection;
import jakarta.persistence.EntityManager;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A campaign's read models as they were right after one of its events, rebuilt from the journal for one read: in a
 * transaction that is rolled back, empty {@link ScratchTables} copies of every projection's tables (the timeline
 * excepted: it is the index of the journal) receive the campaign's events up to that point through the projections'
 * own handlers, and the read then runs unchanged against them. Every read of a campaign therefore has a past, with
 * the same shape, the same checks and the same secrets as its present.
 *
 * <p>The cost is bounded by checkpoints: every {@code checkpointEvery} events of a campaign, a replay that passes that
 * point keeps the campaign's rows as they were there ({@code history_checkpoints}), and later replays start from the
 * last checkpoint at or before the point they need. A checkpoint is trusted only by a service whose projections and
 * tables are the ones that wrote it (its fingerprint: the tables' columns and the projection classes' bytecode).
 *
 * <p>A replay can also watch which read-model rows each event changed after a given point (Hibernate's listeners,
 * flushed event by event) and which rows the read then loaded: what explains a number and a difference between two
 * points.
 */
public class History {
    private static final Logger LOG = LoggerFactory.getLogger(History.class);
    private static final int CLEAR_EVERY = 500;
    /** Reads answered from the journal itself rather than from read models: they page by seq on their own. */
    private static final Pattern JOURNAL_READS = Pattern.compile(
            "^/api/v1/campaigns/[^/]+/(timeline|events|bundle)(/.*)?$|^/api/v1/campaigns/[^/]+/sessions/[^/]+/dice$");
    private static final Pattern CAMPAIGN_READ = Pattern.compile("^/api/v1/campaigns/([^/]+)(/.*)?$");

    private final ProjectionRebuilds rebuilds;
    private final JournalStorageEngine journal;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final MessageCatalog catalog;
    private final Set<String> projections;
    private final int checkpointEvery;
    private volatile Scope scope;

    public History(ProjectionRebuilds rebuilds, JournalStorageEngine journal, PlatformTransactionManager transactions,
                   JdbcTemplate jdbc, EntityManager entityManager, MessageCatalog catalog, Set<String> projections,
                   int checkpointEvery) {
        this.rebuilds = rebuilds;
        this.journal = journal;
        this.transactions = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.catalog = catalog;
        this.projections = new TreeSet<>(projections);
        this.projections.remove(TimelineProjection.GROUP);
        this.checkpointEvery = checkpointEvery;
    }

    /** A point of a campaign's history: right after its event {@code seq}, at that journal position. */
    public record Point(long seq, long journalPosition) {
    }

    /** An event applied while changes were watched, and the read-model rows it changed. */
    public record Applied(long seq, TrackedEventMessage<?> event, List<RowChange> changes) {
    }

    /** A read-model row the read loaded, with its columns' values. */
    public record Loaded(String table, Object id, Map<String, Object> columns) {
    }

    public record Result<T>(T value, Point to, List<Applied> applied, List<Loaded> loaded) {
    }

    /** The campaign a path of the API reads, if that read has a past (read models, not the journal's own pages). */
    public static Optional<String> campaignOf(String path) {
        var matcher = CAMPAIGN_READ.matcher(path);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Whether the path is a campaign's read answered from the journal itself (timeline, event stream, dice, bundle). */
    public static boolean readsJournal(String path) {
        return JOURNAL_READS.matcher(path).matches();
    }

    public Optional<Point> atSeq(String campaignId, long seq) {
        return point("seq = ?", campaignId, seq);
    }

    /** The point after the campaign's last event at or before {@code time}. */
    public Optional<Point> atTime(String campaignId, Instant time) {
        return point("seq = (select max(seq) from timeline_entries where campaign_id = ? and occurred_at <= ?)",
                campaignId, campaignId, Timestamp.from(time));
    }

    public Optional<Point> latest(String campaignId) {
        return point("seq = (select max(seq) from timeline_entries where campaign_id = ?)", campaignId, campaignId);
    }

    private Optional<Point> point(String where, Object... arguments) {
        return jdbc.query("select seq, journal_position from timeline_entries where campaign_id = ? and " + where,
                (row, i) -> new Point(row.getLong(1), row.getLong(2)), arguments).stream().findFirst();
    }

    /**
     * Runs {@code read} against the campaign's read models as they were at {@code to}, and forgets them. With
     * {@code watchAfter} (a seq, 0 for the campaign's start), the rows each later event changed and the rows the read
     * loaded are reported too.
     */
    public <T> Result<T> read(String campaignId, Point to, Long watchAfter, Supplier<T> read) {
        List<Checkpoint> passed = new ArrayList<>();
        Scope scope = scope();
        String print = scope.fingerprint();
        Result<T> result = transactions.execute(status -> {
            status.setRollbackOnly();
            List<ProjectionRebuilds.Failure> failures = new ArrayList<>();
            List<SimpleEventHandlerInvoker> invokers = scope.handlers().stream()
                    .map(handlers -> rebuilds.invoker(handlers, failures)).toList();
            Set<String> tables = scope.tables();
            ScratchTables.create(jdbc, tables, null);
            long startAt = watchAfter == null ? to.seq() : Math.min(watchAfter, to.seq());
            long from = restore(campaignId, print, startAt, tables);
            Watch watch = new Watch();
            RowWatch.start(watch);
            try {
                replay(campaignId, from, to.seq(), watchAfter, invokers, watch, tables, passed, failures);
                if (!failures.isEmpty()) {
                    LOG.warn("{} handler(s) failed rebuilding campaign {} at seq {}; first: {}", failures.size(),
                            campaignId, to.seq(), failures.get(0));
                }
                entityManager.clear();
                watch.reading = true;
                T value = read.get();
                return new Result<>(value, to, watch.applied, watch.loaded);
            } finally {
                RowWatch.stop();
            }
        });
        store(campaignId, print, passed);
        return result;
    }

    private void replay(String campaignId, long from, long to, Long watchAfter,
                        Iterable<SimpleEventHandlerInvoker> invokers, Watch watch, Set<String> tables,
                        List<Checkpoint> passed, List<ProjectionRebuilds.Failure> failures) {
        Map<Long, Long> seqAt = new LinkedHashMap<>();
        jdbc.query("select seq, journal_position from timeline_entries where campaign_id = ? and seq > ? and seq <= ? "
                        + "order by seq", row -> {
                    seqAt.put(row.getLong(2), row.getLong(1));
                }, campaignId, from, to);
        int applied = 0;
        try (Stream<TrackedEventMessage<?>> events = journal.readAt(new ArrayList<>(seqAt.keySet()))) {
            for (TrackedEventMessage<?> event : (Iterable<TrackedEventMessage<?>>) events::iterator) {
                long seq = seqAt.get(event.trackingToken().position().orElseThrow());
                List<RowChange> changes = watchAfter != null && seq > watchAfter ? new ArrayList<>() : null;
                watch.current = changes;
                if (ProjectionIntentFilter.projected(catalog, event)) {
                    DefaultUnitOfWork.startAndGet(event).execute(() -> invokers.forEach(invoker -> {
                        try {
                            invoker.handle(event, Segment.ROOT_SEGMENT);
                        } catch (Exception e) {
                            failures.add(rebuilds.failure(event, e));
                        }
                    }));
                    // each event's rows are written before the next: what it changed is its own
                    entityManager.flush();
                }
                watch.current = null;
                if (changes != null) {
                    watch.applied.add(new Applied(seq, event, changes));
                }
                if (seq % checkpointEvery == 0) {
                    passed.add(new Checkpoint(seq, capture(tables)));
                }
                if (++applied % CLEAR_EVERY == 0) {
                    entityManager.clear();
                }
            }
        }
    }

    /** The rows of every scratch table, as one JSON object of arrays named by table. */
    private String capture(Set<String> tables) {
        StringBuilder rows = new StringBuilder("{");
        for (String table : tables) {
            if (rows.length() > 1) {
                rows.append(',');
            }
            rows.append('"').append(table).append("\":").append(jdbc.queryForObject(
                    "select coalesce(json_agg(t), '[]'::json)::text from pg_temp." + table + " t", String.class));
        }
        return rows.append('}').toString();
    }

    /** Fills the scratch tables from the last trusted checkpoint at or before {@code seq}; the seq it holds, or 0. */
    private long restore(String campaignId, String print, long seq, Set<String> tables) {
        Long at = jdbc.query("select max(seq) from history_checkpoints where campaign_id = ? and fingerprint = ? "
                + "and seq <= ?", row -> row.next() ? (Long) row.getObject(1) : null, campaignId, print, seq);
        if (at == null) {
            return 0;
        }
        for (String table : tables) {
            jdbc.update("insert into pg_temp." + table + " select * from jsonb_populate_recordset(null::pg_temp."
                    + table + ", (select coalesce(rows -> '" + table + "', '[]'::jsonb) from history_checkpoints "
                    + "where campaign_id = ? and fingerprint = ? and seq = ?))", campaignId, print, at);
        }
        return at;
    }

    private record Checkpoint(long seq, String rows) {
    }

    /** Keeps the checkpoints a replay passed (after its transaction; another replay may have kept them first). */
    private void store(String campaignId, String print, List<Checkpoint> passed) {
        if (passed.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> passed.forEach(checkpoint -> jdbc.update(
                "insert into history_checkpoints (campaign_id, fingerprint, seq, rows) values (?, ?, ?, ?::jsonb) "
                        + "on conflict do nothing", campaignId, print, checkpoint.seq(), checkpoint.rows())));
    }

    /**
     * The projections a replay runs (each one's handlers), their tables, and the fingerprint of what a checkpoint's rows
     * depend on: the tables' columns and the bytecode of the handlers and row classes, so a service with other
     * projections rebuilds from the start instead of trusting them. Found once: handlers and tables are fixed at start.
     */
    private record Scope(List<List<Object>> handlers, Set<String> tables, String fingerprint) {
    }

    private Scope scope() {
        Scope known = scope;
        if (known != null) {
            return known;
        }
        List<List<Object>> handlers = new ArrayList<>();
        Set<String> tables = new TreeSet<>();
        Set<Class<?>> classes = new TreeSet<>(java.util.Comparator.comparing(Class::getName));
        for (String projection : projections) {
            List<Object> its = ProjectionRebuilds.handlersOf(rebuilds.processor(projection));
            handlers.add(its);
            tables.addAll(rebuilds.tablesOf(its));
            classes.addAll(rebuilds.classesOf(its));
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            jdbc.query("select table_name, column_name, data_type from information_schema.columns "
                            + "where table_schema = current_schema() order by table_name, ordinal_position",
                    row -> {
                        if (tables.contains(row.getString(1))) {
                            digest.update((row.getString(1) + '.' + row.getString(2) + ':' + row.getString(3) + '\n')
                                    .getBytes(StandardCharsets.UTF_8));
                        }
                    });
            for (Class<?> type : classes) {
                try (InputStream bytecode = type.getResourceAsStream(type.getSimpleName() + ".class")) {
                    if (bytecode != null) {
                        digest.update(bytecode.readAllBytes());
                    }
                }
            }
            scope = known = new Scope(List.copyOf(handlers), java.util.Collections.unmodifiableSet(tables),
                    HexFormat.of().formatHex(digest.digest()));
            return known;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What one replay watches: the changes of the event being applied, and afterwards the rows the read loads. */
    private static final class Watch implements RowWatch.Watcher {
        private final List<Applied> applied = new ArrayList<>();
        private final List<Loaded> loaded = new ArrayList<>();
        private List<RowChange> current;
        private boolean reading;

        @Override
        public void changed(RowChange change) {
            if (current != null) {
                current.add(change);
            }
        }

        @Override
        public void loaded(String table, Object id, Map<String, Object> columns) {
            if (reading) {
                loaded.add(new Loaded(table, id, columns));
            }
        }
    }
}
