package dev.duality.app.axon;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.duality.core.CoreMessages;
import dev.duality.core.campaign.Campaign;
import dev.duality.core.campaign.CommandPolicyInterceptor;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.EventCampaign;
import dev.duality.core.dice.SeedSource;
import dev.duality.core.session.Session;
import org.axonframework.commandhandling.gateway.CommandGateway;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.envelope.EnvelopeCorrelationDataProvider;
import dev.duality.core.envelope.EventOwnershipInterceptor;
import dev.duality.core.envelope.NamespaceInterceptor;
import dev.duality.core.system.SystemModule;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.util.List;
import java.time.Duration;


/**
 * Wires the engine into Axon: the message catalog (core plus every game system's module bean), the
 * journal's own Jackson mapper and catalog type names, the namespace interceptors, envelope metadata, aggregates,
 * processors and the start-up coverage check.
 */
@Configuration(proxyBeanMethods = false)
public class AxonWiring {

    /**
     * The core's messages and every game system's, each declared as a bean by its plug-in. Fails start-up, naming
     * the type, if any module's registration breaks a catalog rule.
     */
    @Bean
    MessageCatalog messageCatalog(ObjectProvider<SystemModule> systems) {
        return MessageCatalog.of(new CoreMessages(), systems.orderedStream().toList());
    }

    /**
     * The journal's own mapper: snake_case fields, ISO instants, nulls left out. Named so Axon uses it, and kept apart
     * from the web layer's mapper so web JSON settings can never change stored events.
     */
    @Bean("defaultAxonObjectMapper")
    ObjectMapper defaultAxonObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                // a tolerant reader: fields added to an event later do not break reading old journals
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @Bean
    @Primary
    Serializer serializer(@Qualifier("defaultAxonObjectMapper") ObjectMapper mapper, MessageCatalog catalog) {
        return catalogSerializer(mapper, catalog);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(@Qualifier("defaultAxonObjectMapper") ObjectMapper mapper, MessageCatalog catalog) {
        return catalogSerializer(mapper, catalog);
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(@Qualifier("defaultAxonObjectMapper") ObjectMapper mapper, MessageCatalog catalog) {
        return catalogSerializer(mapper, catalog);
    }

    private static Serializer catalogSerializer(ObjectMapper mapper, MessageCatalog catalog) {
        return new CatalogTypeSerializer(JacksonSerializer.builder().objectMapper(mapper).build(), catalog);
    }

    /**
     * Axon's JPA journal, whose streaming readers never skip an event a slow transaction has yet to commit, and which
     * uses a snapshot only if it matches the journal and never deletes one.
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer, PersistenceExceptionResolver exceptions,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          EntityManagerProvider entityManagerProvider,
                                          TransactionManager transactions, JdbcTemplate jdbc,
                                          MeterRegistry meters) {
        return new JournalStorageEngine(JpaEventStorageEngine.builder().snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain()).persistenceExceptionResolver(exceptions)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter().combine(new TrustedSnapshots(jdbc, meters)))
                .entityManagerProvider(entityManagerProvider), transactions);
    }

    /** Replaces Axon's default correlation data (correlationId/traceId) with Duality's envelope keys. */
    @Bean
    CorrelationDataProvider envelopeCorrelationDataProvider() {
        return new EnvelopeCorrelationDataProvider();
    }

    /**
     * On every command, in this order: envelope namespacing, noting the command for the event-side owner check, the
     * campaign's lock (its commands run one after another, on every node), then the catalog policy (access, a system
     * command's game system and characters, session lock, the active session's open gate) against the campaign,
     * before any aggregate decides.
     */
    @Bean
    SmartInitializingSingleton commandRules(CommandBus commandBus, EventStore eventStore, MessageCatalog catalog,
                                            ObjectProvider<org.axonframework.config.Configuration> axon,
                                            JdbcTemplate jdbc) {
        return () -> {
            EventOwnershipInterceptor ownership = new EventOwnershipInterceptor(catalog);
            commandBus.registerHandlerInterceptor(new NamespaceInterceptor(catalog));
            commandBus.registerHandlerInterceptor(ownership);
            commandBus.registerHandlerInterceptor(new CampaignCommandLock(jdbc));
            commandBus.registerHandlerInterceptor(new CommandPolicyInterceptor(catalog,
                    () -> axon.getObject().repository(Campaign.class),
                    () -> axon.getObject().repository(Session.class)));
            eventStore.registerDispatchInterceptor(ownership);
        };
    }

    @Bean
    AxonSystemRuntime systemRuntime(MessageCatalog catalog, ObjectProvider<org.axonframework.config.Configuration> axon,
                                    ObjectProvider<CommandGateway> commands) {
        return new AxonSystemRuntime(catalog, axon::getObject, commands::getObject);
    }

    /** Seeds for server dice come from SecureRandom, drawn once per roll and recorded in its event. */
    @Bean
    SeedSource seedSource() {
        return SeedSource.secure();
    }

    /**
     * Every module's aggregates and command handlers, the order streaming processors keep, and which events reach the
     * projections (the processors themselves, per apply mode: ProjectionConfiguration).
     */
    /**
     * Aggregates stay in memory between commands instead of being replayed from the journal each time; a unit of work
     * that rolls back (a rejection or a conflict with another node) evicts its aggregates, and with several nodes on
     * one database each cached aggregate is checked against the journal before use. A dry run evicts what it changed.
     */
    @Bean
    Cache aggregateCache(JdbcTemplate jdbc, @Value("${duality.aggregates.check-cache:true}") boolean checkCache) {
        return checkCache ? new JournalCheckedCache(new WeakReferenceCache(), jdbc) : new WeakReferenceCache();
    }

    @Bean
    ConfigurerModule dualityAxonModule(MessageCatalog catalog, @Qualifier("aggregateCache") Cache aggregates) {
        return configurer -> {
            // events are stamped in whole milliseconds, the precision the journal keeps (Axon stores time_stamp with
            // three fraction digits): the aggregate that applied an event, an inline projection and a rebuild from
            // the journal all see the same time, not a finer one only those in memory had
            GenericEventMessage.clock = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
            catalog.aggregates().forEach(type -> configurer.configureAggregate(
                    AggregateConfigurer.defaultConfiguration(type).configureCache(config -> aggregates)));
            // a game system's decisions across several aggregates
            catalog.systems().forEach(system -> system.commandHandlers()
                    .forEach(handler -> configurer.registerCommandHandler(config -> handler)));
            EventProcessingConfigurer processing = configurer.eventProcessing();
            processing.registerDefaultSequencingPolicy(config -> AxonWiring::sequenceOf);
            // the timeline indexes the whole journal, so it alone sees replay-only and audit-only events
            processing.registerDefaultHandlerInterceptor((config, name) ->
                    ProjectionIntentFilter.forProjection(catalog, name));
        };
    }

    /**
     * Which events a streaming processor must handle in order: all of one campaign's, whichever aggregate's stream
     * they are in (the campaign's own, a session's play stream, a game system's sheets, boards and adversaries), so
     * every projection applies a campaign's events in journal order, as inline, and a rebuild with any number of
     * segments or any batch size gives the same rows. A projection may then read what an event of another aggregate
     * of the campaign wrote (an attack roll's row when the damage it dealt is applied) and the timeline numbers a
     * campaign's entries in journal order. Every event names its campaign in its payload; one that did not would keep
     * the order of its aggregate, as Axon's default.
     */
    static Object sequenceOf(EventMessage<?> event) {
        return EventCampaign.of(event.getPayload()).<Object>map(CampaignId::value)
                .orElseGet(() -> SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event));
    }

    /**
     * Start-up validation against the handlers that really exist: every replay-relevant event is folded, every
     * projection-relevant event is projected, and audit-only events are neither.
     */
    @Bean
    SmartInitializingSingleton catalogCoverageCheck(MessageCatalog catalog, ApplicationContext context,
                                                    JdbcTemplate jdbc,
                                                    @Value("${duality.journal.upcast-types:}") List<String> upcast) {
        return () -> {
            catalog.validateCommandHandlers();
            catalog.validateHandlers(context.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                    .<Class<?>>map(AopUtils::getTargetClass).toList());
            RecordedTypes.check(jdbc, catalog, upcast);
        };
    }
}
