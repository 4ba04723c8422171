package dev.duality.app.projection;

import dev.duality.app.axon.ProjectionIntentFilter;
import dev.duality.core.catalog.EventDefinition;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.rejection.Rejected;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The shadow apply mode: the projections stay inline and authoritative, and beside each a pooled streaming processor
 * of its own ({@code shadow:<projection>}, tokens in {@code token_entry}) applies the same handlers to copies of its
 * tables in a schema of their own. Its lag and its comparison with the live tables show, before a switch to the async
 * mode, how far behind streaming would run and whether it would give the same rows.
 *
 * <p>The handlers write to the shadow copies unchanged: the processor's transactions put the shadow schema first on
 * their search path, so the tables' unqualified names resolve there, while the journal, the tokens and every table
 * without a copy resolve as usual. A handler that fails in the shadow is counted and logged, and the processor goes
 * on; the comparison then shows what the failure left out.
 */
public class ShadowProjections {
    private static final Logger LOG = LoggerFactory.getLogger(ShadowProjections.class);
    static final String PROCESSOR_PREFIX = "shadow:";
    private static final String SEARCH_PATH_SET = ShadowProjections.class.getName() + ".searchPath";

    private final Supplier<EventProcessingConfiguration> processing;
    private final Set<String> projections;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final TransactionManager transactions;
    private final JdbcTemplate jdbc;
    private final MessageCatalog catalog;
    private final ProjectionProcessors live;
    private final ProjectionRebuilds rebuilds;
    private final ProjectionProperties properties;
    private final Map<String, PooledStreamingEventProcessor> processors = new TreeMap<>();
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Map<String, Comparison> comparisons = new ConcurrentHashMap<>();
    private java.util.concurrent.ScheduledExecutorService comparing;
    private String liveSchema;
    private String shadowSchema;

    /** Handler failures in one shadow, the last one described. */
    record Failures(AtomicLong count, String last) {
    }

    /** The last comparison of a projection's shadow with its live tables. */
    public record Comparison(Instant at, boolean identical, long differingRows, long eventsCaughtUp) {
    }

    /** A shadow as an operator sees it. */
    public record State(Long position, Long lag, long failures, String lastFailure, Comparison lastComparison) {
    }

    public ShadowProjections(Supplier<EventProcessingConfiguration> processing, Set<String> projections,
                             EventStore eventStore, TokenStore tokenStore, TransactionManager transactions,
                             JdbcTemplate jdbc, MessageCatalog catalog, ProjectionProcessors live,
                             ProjectionRebuilds rebuilds, ProjectionProperties properties) {
        this.processing = processing;
        this.projections = projections;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.live = live;
        this.rebuilds = rebuilds;
        this.properties = properties;
    }

    /** Prepares the shadow tables and starts a shadow processor per projection. */
    public synchronized void start() {
        liveSchema = jdbc.queryForObject("select current_schema()", String.class);
        shadowSchema = liveSchema + "_shadow";
        Map<String, List<Object>> handlers = new TreeMap<>();
        Set<String> tables = new TreeSet<>();
        for (String projection : projections) {
            EventProcessor processor = liveProcessor(projection);
            handlers.put(projection, ProjectionRebuilds.handlersOf(processor));
            tables.addAll(rebuilds.tablesOf(handlers.get(projection)));
        }
        prepareTables(tables);
        String searchPath = "set local search_path to \"" + shadowSchema + "\", "
                + jdbc.queryForObject("select current_setting('search_path')", String.class);
        handlers.forEach((projection, own) -> {
            PooledStreamingEventProcessor shadow = processor(projection, own);
            shadow.registerHandlerInterceptor(shadowTables(searchPath));
            shadow.registerHandlerInterceptor(ProjectionIntentFilter.forProjection(catalog, projection));
            processors.put(projection, shadow);
            shadow.start();
        });
        LOG.info("apply mode shadow: {} follow the journal into schema {}", processors.keySet(), shadowSchema);
        long every = properties.shadowCompareInterval().toMillis();
        if (every > 0) {
            comparing = Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("shadow-compare"));
            comparing.scheduleWithFixedDelay(this::compareAll, every, every,
                    java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    /** Stops the shadow processors, each segment's position stored. */
    public synchronized void stop() {
        if (comparing != null) {
            comparing.shutdownNow();
        }
        live.stopStoringPositions(List.copyOf(processors.values()));
        processors.clear();
    }

    /** The projection's shadow, if the apply mode gives it one. */
    public java.util.Optional<State> stateIfShadowed(String projection) {
        return processors.containsKey(projection) ? java.util.Optional.of(state(projection))
                : java.util.Optional.empty();
    }

    public State state(String projection) {
        PooledStreamingEventProcessor shadow = shadow(projection);
        ProjectionProcessors.State state = live.state(shadow, live.head());
        Failures failed = failures.get(projection);
        return new State(state.position(), state.lag(), failed == null ? 0 : failed.count().get(),
                failed == null ? null : failed.last(), comparisons.get(projection));
    }

    /** Compares a projection's shadow tables with the live ones, in one snapshot, and keeps the result. */
    public ProjectionRebuilds.Report compare(String projection) {
        shadow(projection);
        ProjectionRebuilds.Report report = rebuilds.compareShadow(projection, PROCESSOR_PREFIX + projection,
                shadowSchema);
        long differing = report.tables().stream().mapToLong(table -> table.missing() + table.unexpected()).sum();
        comparisons.put(projection, new Comparison(Instant.now(), report.identical(), differing,
                report.eventsApplied()));
        if (!report.identical()) {
            LOG.warn("shadow of {} differs from the live tables: {} rows, {} handler failures while catching up",
                    projection, differing, report.failures().size());
        }
        return report;
    }

    /** Compares every projection (on the schedule); one that cannot be compared now is tried next time. */
    void compareAll() {
        for (String projection : projections) {
            try {
                compare(projection);
            } catch (RuntimeException e) {
                LOG.warn("shadow of {} could not be compared: {}", projection, e.toString());
            }
        }
    }

    /** Rows that differed at the last comparison; NaN before the first. */
    double divergence(String projection) {
        Comparison last = comparisons.get(projection);
        return last == null ? Double.NaN : last.differingRows();
    }

    double lag(String projection) {
        Long lag = processors.containsKey(projection) ? state(projection).lag() : null;
        return lag == null ? Double.NaN : lag;
    }

    private PooledStreamingEventProcessor processor(String projection, List<Object> handlers) {
        String name = PROCESSOR_PREFIX + projection;
        return PooledStreamingEventProcessor.builder().name(name)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(handlers)
                        .sequencingPolicy(processing.get().sequencingPolicy(projection))
                        .listenerInvocationErrorHandler((exception, event, handler) -> failed(projection, event,
                                exception))
                        .build())
                .rollbackConfiguration(RollbackConfigurationType.ANY_THROWABLE)
                .errorHandler(PropagatingErrorHandler.instance())
                .messageSource(eventStore).tokenStore(tokenStore).transactionManager(transactions)
                .coordinatorExecutor(Executors.newSingleThreadScheduledExecutor(
                        new AxonThreadFactory("Coordinator[" + name + "]")))
                .workerExecutor(Executors.newScheduledThreadPool(1, new AxonThreadFactory("WorkPackage[" + name
                        + "]")))
                .initialSegmentCount(properties.segments()).batchSize(properties.batchSize())
                .build();
    }

    /** Puts the shadow schema first on the search path of the batch's transaction, once. */
    private MessageHandlerInterceptor<EventMessage<?>> shadowTables(String searchPath) {
        return (unitOfWork, chain) -> {
            if (unitOfWork.root().resources().putIfAbsent(SEARCH_PATH_SET, Boolean.TRUE) == null) {
                jdbc.execute(searchPath);
            }
            return chain.proceed();
        };
    }

    private void failed(String projection, EventMessage<?> event, Exception exception) {
        String described = catalog.event(event.getPayloadType()).map(EventDefinition::type)
                .orElse(event.getPayloadType().getName()) + " " + event.getIdentifier() + ": " + exception;
        failures.compute(projection, (p, before) -> {
            AtomicLong count = before == null ? new AtomicLong() : before.count();
            count.incrementAndGet();
            return new Failures(count, described);
        });
        LOG.warn("shadow of {} failed on {}", projection, described);
    }

    /**
     * Shadow copies of every projection table. Copies whose columns no longer match (a migration changed a table)
     * are dropped with the shadow tokens, and the shadows rebuild from the journal's start.
     */
    private void prepareTables(Set<String> tables) {
        List<String> stale = new ArrayList<>();
        for (String table : tables) {
            if (!Objects.equals(columns(liveSchema, table), columns(shadowSchema, table))) {
                stale.add(table);
            }
        }
        if (stale.isEmpty()) {
            return;
        }
        LOG.info("apply mode shadow: (re)creating shadow tables in {} ({} new or changed); the shadows rebuild from "
                + "the journal's start", shadowSchema, stale);
        transactions.executeInTransaction(() -> {
            jdbc.execute("drop schema if exists \"" + shadowSchema + "\" cascade");
            jdbc.execute("create schema \"" + shadowSchema + "\"");
            tables.forEach(table -> jdbc.execute("create table \"" + shadowSchema + "\"." + table + " (like \""
                    + liveSchema + "\"." + table + " including all)"));
            jdbc.update("delete from token_entry where processor_name like ?", PROCESSOR_PREFIX + "%");
        });
    }

    private String columns(String schema, String table) {
        return jdbc.queryForObject("select string_agg(column_name || ' ' || data_type || ' ' || is_nullable, ', ' "
                + "order by ordinal_position) from information_schema.columns where table_schema = ? "
                + "and table_name = ?", String.class, schema, table);
    }

    private EventProcessor liveProcessor(String projection) {
        return processing.get().eventProcessor(projection).orElseThrow(() -> new IllegalStateException(
                "no processor for projection " + projection));
    }

    private PooledStreamingEventProcessor shadow(String projection) {
        PooledStreamingEventProcessor shadow = processors.get(projection);
        if (shadow != null) {
            return shadow;
        }
        if (processing.get().eventProcessor(projection).isEmpty()) {
            throw new Rejected(ProjectionRejection.PROJECTION_NOT_FOUND, "no projection is named " + projection);
        }
        throw new Rejected(ProjectionRejection.PROJECTION_NOT_SHADOWED,
                projection + " has no shadow: the apply mode is not shadow");
    }
}
