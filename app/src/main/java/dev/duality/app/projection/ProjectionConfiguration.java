package dev.duality.app.projection;

import dev.duality.app.projection.ProjectionProperties.ApplyMode;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.web.ReadYourWrites;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The projections' processors in the configured apply mode, the hand-over between modes, what a command's caller waits
 * for, the operator's view of the processors and their meters.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class ProjectionConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectionConfiguration.class);

    /**
     * How this start runs each projection.
     *
     * @param groups          every projection's processing group
     * @param startAtHead     async: projections last kept inline, whose streaming processors start at the head
     * @param streamingInline inline: projections whose async tokens lag the head, streaming from them in this run
     *                        (shadow mode is inline here: its shadows are processors of their own)
     */
    record ProcessorPlan(ApplyMode mode, Set<String> groups, Set<String> startAtHead, Set<String> streamingInline) {
        boolean anyStreaming() {
            return mode == ApplyMode.ASYNC || !streamingInline.isEmpty();
        }

        Set<String> inline() {
            return mode == ApplyMode.ASYNC ? Set.of() : groups.stream().filter(g -> !streamingInline.contains(g))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /**
     * The token store, its claims made in this instance's name: {@code duality.node-id}, or the JVM's name (pid@host)
     * with a random suffix. Axon's default, the JVM's name alone, lets two instances in one JVM pass for each other
     * and process the same segments at once.
     */
    @Bean
    TokenStore tokenStore(Serializer serializer, EntityManagerProvider entityManagerProvider,
                          @Value("${duality.node-id:}") String nodeId) {
        String node = nodeId.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8) : nodeId;
        LOG.info("token claims are made as node {}", node);
        return JpaTokenStore.builder().entityManagerProvider(entityManagerProvider).serializer(serializer)
                .nodeId(node).build();
    }

    @Bean
    StoredTokens storedTokens(JdbcTemplate jdbc, Serializer serializer) {
        return new StoredTokens(jdbc, serializer);
    }

    @Bean
    ApplyModeHandover applyModeHandover(JdbcTemplate jdbc, StoredTokens stored) {
        return new ApplyModeHandover(jdbc, stored);
    }

    @Bean
    ProcessorPlan processorPlan(ProjectionProperties properties, ApplyModeHandover handover,
                                ApplicationContext context) {
        Set<String> groups = Arrays.stream(context.getBeanNamesForAnnotation(ProcessingGroup.class))
                .map(bean -> context.findAnnotationOnBean(bean, ProcessingGroup.class))
                .filter(Objects::nonNull).map(ProcessingGroup::value).collect(Collectors.toCollection(TreeSet::new));
        ProcessorPlan plan = properties.applyMode() == ApplyMode.ASYNC
                ? new ProcessorPlan(ApplyMode.ASYNC, groups, handover.keptInline(), Set.of())
                : new ProcessorPlan(properties.applyMode(), groups, Set.of(), handover.tokensBehindTheHead());
        if (!plan.streamingInline().isEmpty()) {
            LOG.warn("apply mode inline: {} still lag behind the head from the async mode; they stream from their "
                    + "tokens in this run and run inline from the next start", plan.streamingInline());
        }
        return plan;
    }

    /**
     * The processors: subscribing (inline) or pooled streaming (async), per the plan; either way each event's changes
     * are written before the next event is applied ({@link ProjectionSavepoints}).
     */
    @Bean
    ConfigurerModule projectionProcessorsModule(ProcessorPlan plan, ProjectionProperties properties) {
        EventProcessingConfigurer.PooledStreamingProcessorConfiguration batches =
                (config, builder) -> builder.batchSize(properties.batchSize())
                        .initialSegmentCount(properties.segments());
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            if (plan.mode() == ApplyMode.ASYNC) {
                processing.usingPooledStreamingEventProcessors(batches);
                plan.startAtHead().forEach(group -> processing.registerPooledStreamingEventProcessor(group,
                        Configuration::eventStore, batches.andThen((config, builder) ->
                                builder.initialToken(source -> source.createHeadToken()))));
            } else {
                processing.usingSubscribingEventProcessors();
                plan.streamingInline().forEach(group -> processing.registerPooledStreamingEventProcessor(group,
                        Configuration::eventStore, batches));
            }
        };
    }

    /**
     * Dead letters: a projection handler that fails on an event parks the event, and every later event of its sequence
     * (one aggregate's or one campaign's, see AxonWiring's sequencing policy), in {@code dead_letter_entry}, while
     * other sequences and projections go on. A replay clears the projection's dead letters with its tables.
     */
    @Bean
    ConfigurerModule projectionDeadLetters(ProcessorPlan plan) {
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            // per group, not as a provider: Axon's Spring Boot set-up registers a provider of its own that would win
            plan.groups().forEach(group -> processing
                    .registerDeadLetterQueue(group, config -> JpaSequencedDeadLetterQueue
                            .<EventMessage<?>>builder().processingGroup(group)
                            .entityManagerProvider(config.getComponent(EntityManagerProvider.class))
                            .transactionManager(config.getComponent(TransactionManager.class))
                            .genericSerializer(config.serializer()).eventSerializer(config.eventSerializer())
                            .build())
                    // a sequence seen without dead letters is remembered, so an event costs no lookup of the queue
                    .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                            (config, builder) -> builder.allowReset(true).enableSequenceIdentifierCache()));
        };
    }

    @Bean
    DeadLetters deadLetters(ObjectProvider<Configuration> axon, ProcessorPlan plan, TransactionManager transactions,
                            MessageCatalog catalog) {
        return new DeadLetters(() -> axon.getObject().eventProcessingConfiguration(), plan.groups(), transactions,
                catalog);
    }

    /** Each projection handler in a savepoint of its transaction, so its failure is parked, not the whole commit's. */
    @Bean
    HandlerEnhancerDefinition projectionSavepoints(EntityManager entityManager) {
        return new ProjectionSavepoints(entityManager);
    }

    /** Once started: records which projections are kept inline now, or stream with tokens of their own. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> applyModeRecorder(ProcessorPlan plan, ApplyModeHandover handover) {
        return ready -> {
            if (plan.mode() == ApplyMode.ASYNC) {
                handover.recordStreaming();
            } else {
                handover.record(plan.inline(), ApplyModeHandover.INLINE);
            }
        };
    }

    /** A clean stop stores every streaming processor's exact position (before Axon's own shutdown stops them). */
    @Bean
    ApplicationListener<ContextClosedEvent> storePositionsOnStop(ProjectionProcessors processors,
                                                                 ShadowProjections shadows) {
        return closed -> {
            shadows.stop();
            processors.stopStoringPositions();
        };
    }

    /** Shadow mode: the projections' shadows, started once the inline processors run. */
    @Bean
    ShadowProjections shadowProjections(ObjectProvider<Configuration> axon, ProcessorPlan plan, EventStore eventStore,
                                        TokenStore tokenStore, TransactionManager transactions, JdbcTemplate jdbc,
                                        MessageCatalog catalog, ProjectionProcessors processors,
                                        ProjectionRebuilds rebuilds, ProjectionProperties properties) {
        return new ShadowProjections(() -> axon.getObject().eventProcessingConfiguration(), plan.inline(),
                eventStore, tokenStore, transactions, jdbc, catalog, processors, rebuilds, properties);
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> shadowStart(ProcessorPlan plan, ShadowProjections shadows,
                                                           MeterRegistry registry) {
        return ready -> {
            if (plan.mode() != ApplyMode.SHADOW) {
                return;
            }
            shadows.start();
            plan.inline().forEach(group -> {
                Gauge.builder("duality.projection.shadow.lag", shadows, s -> s.lag(group))
                        .description("Journal events the projection's shadow has yet to apply")
                        .tag("processor", group).register(registry);
                Gauge.builder("duality.projection.shadow.divergence", shadows, s -> s.divergence(group))
                        .description("Rows that differed between the shadow and the live tables at the last "
                                + "comparison").tag("processor", group).register(registry);
            });
        };
    }

    @Bean
    ProjectionProcessors projectionProcessors(ObjectProvider<Configuration> axon, EventStore eventStore,
                                              TokenStore tokenStore, StoredTokens stored,
                                              TransactionManager transactions, ProjectionRebuilds rebuilds) {
        return new ProjectionProcessors(() -> axon.getObject().eventProcessingConfiguration(), eventStore,
                tokenStore, stored, transactions, rebuilds);
    }

    @Bean
    ProjectionRebuilds projectionRebuilds(ObjectProvider<Configuration> axon, EventStorageEngine journal,
                                          PlatformTransactionManager transactions, JdbcTemplate jdbc,
                                          EntityManager entityManager, EntityManagerFactory entityManagerFactory,
                                          MessageCatalog catalog, StoredTokens stored) {
        return new ProjectionRebuilds(axon::getObject, journal, transactions, jdbc, entityManager,
                entityManagerFactory, catalog, stored);
    }

    @Bean
    ReadYourWrites readYourWrites(ProcessorPlan plan, ProjectionProperties properties,
                                  ProjectionProcessors processors, EventStore eventStore,
                                  NamedParameterJdbcTemplate jdbc) {
        if (!plan.anyStreaming()) {
            return ReadYourWrites.INLINE;
        }
        OwnWrites ownWrites = new OwnWrites(jdbc);
        eventStore.registerDispatchInterceptor(ownWrites);
        return new StreamingReadYourWrites(ownWrites, processors, properties.readYourWritesWait());
    }

    /** {@code duality.projection.lag} and {@code duality.projection.replay.progress}, per processor. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> projectionMeters(ProcessorPlan plan, ProjectionProcessors processors,
                                                                MeterRegistry registry) {
        return ready -> plan.groups().forEach(group -> {
            Gauge.builder("duality.projection.lag", processors, p -> orNaN(p.state(group).lag()))
                    .description("Journal events the projection has yet to apply (async)")
                    .tag("processor", group).register(registry);
            Gauge.builder("duality.projection.replay.progress", processors,
                            p -> orNaN(p.state(group).replayProgress()))
                    .description("Percent of a running replay done").baseUnit("percent")
                    .tag("processor", group).register(registry);
        });
    }

    private static double orNaN(Number value) {
        return value == null ? Double.NaN : value.doubleValue();
    }
}
