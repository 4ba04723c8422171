package dev.duality.app.projection;

import dev.duality.app.axon.ProjectionIntentFilter;
import dev.duality.core.catalog.EventDefinition;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.rejection.Rejected;
import dev.duality.projections.timeline.TimelineProjection;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.springframework.aop.support.AopUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Rebuilding a projection from the journal outside its processor: the integrity check, which rebuilds into scratch
 * copies of its tables and compares them, row for row, with the live ones, which it never touches; and the replay of an
 * inline projection, which has no token to reset.
 *
 * <p>Everything happens in one repeatable-read transaction that is rolled back at the end: the scratch tables are
 * {@link ScratchTables} (the projection's own handlers, run unchanged, write there), and the snapshot makes the
 * journal, the live tables and the processor's tokens agree. Inline, every event in the snapshot has been applied;
 * async, exactly those each segment's token covers.
 */
public class ProjectionRebuilds {
    private static final int CLEAR_EVERY = 500;
    private static final int SAMPLES = 3;
    private static final com.fasterxml.jackson.databind.ObjectMapper ROWS =
            new com.fasterxml.jackson.databind.ObjectMapper();
    private static final com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>> ROW =
            new com.fasterxml.jackson.core.type.TypeReference<>() {
            };
    private final Supplier<Configuration> axon;
    private final EventStorageEngine journal;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate inOrder;
    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final EntityManagerFactory entityManagerFactory;
    private final MessageCatalog catalog;
    private final StoredTokens stored;

    public ProjectionRebuilds(Supplier<Configuration> axon, EventStorageEngine journal,
                              PlatformTransactionManager transactions, JdbcTemplate jdbc, EntityManager entityManager,
                              EntityManagerFactory entityManagerFactory, MessageCatalog catalog,
                              StoredTokens stored) {
        this.axon = axon;
        this.journal = journal;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        // read committed: once the tables are locked, the journal read after it holds every event written to them
        this.inOrder = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.entityManagerFactory = entityManagerFactory;
        this.catalog = catalog;
        this.stored = stored;
    }

    /** What the journal gives one table, against what it holds. */
    public record TableCheck(String table, long liveRows, long rebuiltRows, long missing, long unexpected,
                             List<Map<String, Object>> missingSamples,
                             List<Map<String, Object>> unexpectedSamples) {
        boolean identical() {
            return missing == 0 && unexpected == 0;
        }
    }

    /** A handler that failed on an event during the rebuild. */
    public record Failure(String eventId, String eventType, String cause) {
    }

    public record Report(String projection, boolean identical, long eventsApplied, long journalPosition,
                         List<TableCheck> tables, List<Failure> failures) {
    }

    public Report verify(String projection) {
        boolean streaming = processor(projection) instanceof StreamingEventProcessor;
        return rebuiltInSnapshot(projection, null, (handlers, failures) -> applyJournal(projection,
                invoker(handlers, failures), null,
                streaming ? appliedBy(projection, tokens(projection)) : event -> true, failures));
    }

    /**
     * Shadow mode: compares the shadow copies of a projection's tables with the live ones, in one snapshot. The
     * shadow tables are copied into scratch tables, which are then brought to the snapshot by applying the events
     * the shadow processor had yet to apply (its lag), so a shadow running behind is compared at the same point as
     * the live tables, which inline hold every event of the snapshot.
     */
    public Report compareShadow(String projection, String shadowProcessor, String shadowSchema) {
        return rebuiltInSnapshot(projection, shadowSchema, (handlers, failures) -> {
            Map<Segment, TrackingToken> shadowTokens = tokens(shadowProcessor);
            return applyJournal(projection, invoker(handlers, failures), lowerBound(shadowTokens),
                    appliedBy(projection, shadowTokens).negate(), failures);
        });
    }

    /** Applies journal events to the scratch tables: how many, and the journal position read to. */
    private interface Rebuild {
        long[] apply(List<Object> handlers, List<Failure> failures);
    }

    /**
     * In one repeatable-read snapshot that is rolled back: scratch copies of the projection's tables (empty, or
     * filled from {@code startFrom}'s copies), the rebuild applied to them, and their comparison with the live ones.
     */
    private Report rebuiltInSnapshot(String projection, String startFrom, Rebuild rebuild) {
        List<Object> handlers = handlersOf(processor(projection));
        Set<String> tables = tablesOf(handlers);
        return snapshot.execute(status -> {
            // the scratch tables and everything written to them go with the rollback
            status.setRollbackOnly();
            String live = ScratchTables.create(jdbc, tables, startFrom);
            List<Failure> failures = new ArrayList<>();
            long[] appliedAndPosition = rebuild.apply(handlers, failures);
            return report(projection, live, tables, appliedAndPosition, failures);
        });
    }

    private Report report(String projection, String live, Set<String> tables, long[] appliedAndPosition,
                          List<Failure> failures) {
        List<TableCheck> checks = tables.stream().map(table -> compare(live, table)).toList();
        return new Report(projection, failures.isEmpty() && checks.stream().allMatch(TableCheck::identical),
                appliedAndPosition[0], appliedAndPosition[1], checks, failures);
    }

    /**
     * Replay in the inline mode, where there is no token to reset: in one transaction, takes the projection's tables
     * (commands that would write them wait, their events not yet visible here, and apply them once this commits),
     * clears them and its dead letters, and applies the whole journal again. A handler that fails leaves everything
     * as it was.
     */
    public long replayInline(String projection) {
        EventProcessor processor = processor(projection);
        List<Object> handlers = handlersOf(processor);
        Set<String> tables = tablesOf(handlers);
        Long applied = inOrder.execute(status -> {
            jdbc.execute("lock table " + String.join(", ", tables) + " in exclusive mode");
            ProjectionSavepoints.noneInThisTransaction();
            List<Failure> failures = new ArrayList<>();
            SimpleEventHandlerInvoker rebuild = invoker(handlers, failures);
            // the projection's own reset handlers clear its tables
            rebuild.performReset();
            axon.get().eventProcessingConfiguration().deadLetterQueue(projection)
                    .ifPresent(SequencedDeadLetterQueue::clear);
            long count = applyJournal(projection, rebuild, null, event -> true, failures)[0];
            if (!failures.isEmpty()) {
                status.setRollbackOnly();
                Failure first = failures.get(0);
                throw new Rejected(ProjectionRejection.PROJECTION_REPLAY_FAILED, projection + " failed on event "
                        + first.eventId() + " (" + first.eventType() + "): " + first.cause()
                        + "; nothing was changed");
            }
            return count;
        });
        return applied == null ? 0 : applied;
    }

    /** Applies the journal in order after {@code from} (all of it if null), the events given; counts and ends. */
    private long[] applyJournal(String projection, SimpleEventHandlerInvoker rebuild, TrackingToken from,
                                Predicate<TrackedEventMessage<?>> include, List<Failure> failures) {
        boolean timeline = TimelineProjection.GROUP.equals(projection);
        long applied = 0;
        long position = 0;
        try (Stream<? extends TrackedEventMessage<?>> events = journal.readEvents(from, false)) {
            java.util.Iterator<? extends TrackedEventMessage<?>> journalOrder = events.iterator();
            while (journalOrder.hasNext()) {
                TrackedEventMessage<?> event = journalOrder.next();
                position = event.trackingToken().position().orElse(position);
                if (!(timeline || ProjectionIntentFilter.projected(catalog, event)) || !include.test(event)) {
                    continue;
                }
                DefaultUnitOfWork.startAndGet(event).execute(() -> {
                    try {
                        rebuild.handle(event, Segment.ROOT_SEGMENT);
                    } catch (Exception e) {
                        failures.add(failure(event, e));
                    }
                });
                if (++applied % CLEAR_EVERY == 0) {
                    entityManager.flush();
                    entityManager.clear();
                }
            }
        }
        entityManager.flush();
        return new long[] {applied, position};
    }

    EventProcessor processor(String projection) {
        return axon.get().eventProcessingConfiguration().eventProcessor(projection)
                .orElseThrow(() -> new Rejected(ProjectionRejection.PROJECTION_NOT_FOUND,
                        "no projection is named " + projection));
    }

    /** The processor's own handler adapters (their handlers enhanced as live), collecting failures instead. */
    SimpleEventHandlerInvoker invoker(List<Object> handlers, List<Failure> failures) {
        return SimpleEventHandlerInvoker.builder().eventHandlers(handlers)
                .listenerInvocationErrorHandler((exception, event, handler) -> failures.add(failure(event,
                        exception)))
                .build();
    }

    Failure failure(org.axonframework.eventhandling.EventMessage<?> event, Exception e) {
        return new Failure(event.getIdentifier(), catalog.event(event.getPayloadType()).map(EventDefinition::type)
                .orElse(event.getPayloadType().getName()), e.getClass().getName() + ": " + e.getMessage());
    }

    /** Whether a streaming processor with these tokens (as stored in the snapshot) had applied an event. */
    private Predicate<TrackedEventMessage<?>> appliedBy(String projection, Map<Segment, TrackingToken> tokens) {
        SequencingPolicy<? super org.axonframework.eventhandling.EventMessage<?>> sequencing =
                axon.get().eventProcessingConfiguration().sequencingPolicy(projection);
        return event -> {
            Object sequence = sequencing.getSequenceIdentifierFor(event);
            return tokens.entrySet().stream()
                    .filter(entry -> entry.getKey().matches(sequence == null ? event.getIdentifier() : sequence))
                    .anyMatch(entry -> entry.getValue() != null && entry.getValue().covers(event.trackingToken()));
        };
    }

    /** Where every segment has been: the journal before it needs no look (null: from the start). */
    private static TrackingToken lowerBound(Map<Segment, TrackingToken> tokens) {
        if (tokens.isEmpty() || tokens.containsValue(null)) {
            return null;
        }
        return tokens.values().stream().map(WrappedToken::unwrapLowerBound).reduce(TrackingToken::lowerBound)
                .orElse(null);
    }

    /** The processor's tokens as stored in the snapshot: what its tables held then. */
    private Map<Segment, TrackingToken> tokens(String processor) {
        Map<Integer, TrackingToken> bySegment = stored.of(processor);
        int[] ids = bySegment.keySet().stream().mapToInt(Integer::intValue).toArray();
        Map<Segment, TrackingToken> tokens = new HashMap<>();
        for (Segment segment : Segment.computeSegments(ids)) {
            tokens.put(segment, bySegment.get(segment.getSegmentId()));
        }
        return tokens;
    }

    private TableCheck compare(String schema, String table) {
        String rebuilt = "pg_temp." + table;
        String live = schema + "." + table;
        long liveRows = count("select count(*) from " + live);
        long rebuiltRows = count("select count(*) from " + rebuilt);
        String missing = "select * from " + rebuilt + " except all select * from " + live;
        String unexpected = "select * from " + live + " except all select * from " + rebuilt;
        return new TableCheck(table, liveRows, rebuiltRows, count("select count(*) from (" + missing + ") d"),
                count("select count(*) from (" + unexpected + ") d"), samples(missing), samples(unexpected));
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    /** A few rows, each as PostgreSQL renders it in JSON (its column names and values). */
    private List<Map<String, Object>> samples(String rows) {
        return jdbc.queryForList("select row_to_json(d)::text from (" + rows + ") d limit " + SAMPLES, String.class)
                .stream().map(ProjectionRebuilds::row).toList();
    }

    private static Map<String, Object> row(String json) {
        try {
            return ROWS.readValue(json, ROW);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL rendered a row that is not JSON: " + json, e);
        }
    }

    /** The event handler beans of the processor, as registered (a dead-lettering invoker is a simple one too). */
    static List<Object> handlersOf(EventProcessor processor) {
        List<Object> handlers = new ArrayList<>();
        collect(((AbstractEventProcessor) processor).eventHandlerInvoker(), handlers);
        return handlers;
    }

    private static void collect(EventHandlerInvoker invoker, List<Object> handlers) {
        if (invoker instanceof MultiEventHandlerInvoker multi) {
            multi.delegates().forEach(delegate -> collect(delegate, handlers));
        } else if (invoker instanceof SimpleEventHandlerInvoker simple) {
            handlers.addAll(simple.eventHandlers());
        }
    }

    /**
     * A projection's tables: those of the entities in its own package (each read model keeps its rows beside its
     * projection).
     */
    Set<String> tablesOf(List<Object> handlers) {
        Set<String> tables = new TreeSet<>();
        for (Class<?> type : entitiesOf(handlers)) {
            tables.add(type.getAnnotation(Table.class).name());
        }
        return tables;
    }

    /** The classes a projection's rows come from: its handlers and the entities of its tables. */
    List<Class<?>> classesOf(List<Object> handlers) {
        List<Class<?>> classes = new ArrayList<>(handlers.stream().<Class<?>>map(ProjectionRebuilds::handlerType)
                .toList());
        classes.addAll(entitiesOf(handlers));
        return classes;
    }

    private List<Class<?>> entitiesOf(List<Object> handlers) {
        Set<String> packages = new TreeSet<>();
        handlers.forEach(handler -> packages.add(handlerType(handler).getPackageName()));
        List<Class<?>> entities = new ArrayList<>();
        for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
            Class<?> type = entity.getJavaType();
            if (type.getAnnotation(Table.class) != null && packages.contains(type.getPackageName())) {
                entities.add(type);
            }
        }
        return entities;
    }

    private static Class<?> handlerType(Object handler) {
        return handler instanceof AnnotationEventHandlerAdapter adapter ? adapter.getTargetType()
                : AopUtils.getTargetClass(handler);
    }
}
