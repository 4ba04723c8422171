package dev.duality.app.persistence;

import dev.duality.core.catalog.MessageCatalog;
import jakarta.persistence.EntityManagerFactory;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.HandlerExceptionResolver;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Wires dry runs: the filter that runs a request in a transaction it rolls back, the journal's dispatch interceptor
 * that collects the events the decision appends, and Hibernate listeners that collect the read-model rows those
 * events change (only while a dry run is active; otherwise they return at once).
 */
@Configuration(proxyBeanMethods = false)
public class DryRunConfiguration {

    @Bean
    FilterRegistrationBean<DryRunFilter> dryRunFilter(PlatformTransactionManager transactions, JsonMapper json,
            MessageCatalog catalog, @Qualifier("aggregateCache") Cache aggregates,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        FilterRegistrationBean<DryRunFilter> registration = new FilterRegistrationBean<>(
                new DryRunFilter(transactions, json, catalog, aggregates, problems));
        // and a bundle's import, which an operator previews before appending a whole campaign
        registration.addUrlPatterns("/api/*", "/admin/v1/bundles");
        // after Spring Security (-100), so the caller is known; before the idempotency filter (0), which it bypasses
        registration.setOrder(-1);
        return registration;
    }

    @Bean
    SmartInitializingSingleton dryRunCollectors(EventStore eventStore, EntityManagerFactory entities) {
        return () -> {
            eventStore.registerDispatchInterceptor(new MessageDispatchInterceptor<EventMessage<?>>() {
                @Override
                public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(
                        List<? extends EventMessage<?>> events) {
                    DryRun.current().ifPresent(run -> run.appended(events));
                    return (index, event) -> event;
                }
            });
            EventListenerRegistry listeners = entities.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                    .requireService(EventListenerRegistry.class);
            listeners.appendListeners(EventType.POST_INSERT, (PostInsertEventListener) event -> record(
                    event.getPersister(), DryRun.Change.Kind.INSERTED, event.getId(), null, event.getState()));
            listeners.appendListeners(EventType.POST_UPDATE, (PostUpdateEventListener) event -> record(
                    event.getPersister(), DryRun.Change.Kind.UPDATED, event.getId(), event.getOldState(), event.getState()));
            listeners.appendListeners(EventType.POST_DELETE, (PostDeleteEventListener) event -> record(
                    event.getPersister(), DryRun.Change.Kind.DELETED, event.getId(), event.getDeletedState(), null));
        };
    }

    /** Duality's own rows only: the journal's and the token store's entities are Axon's. */
    private static void record(EntityPersister persister, DryRun.Change.Kind kind, Object id, Object[] before, Object[] after) {
        DryRun.current().ifPresent(run -> {
            if (!persister.getMappedClass().getName().startsWith("dev.duality.")) {
                return;
            }
            String[] properties = persister.getPropertyNames();
            String[] columns = new String[properties.length];
            String table = persister.getEntityName();
            if (persister instanceof AbstractEntityPersister mapped) {
                table = mapped.getRootTableName();
                for (int i = 0; i < properties.length; i++) {
                    String[] names = mapped.getPropertyColumnNames(i);
                    columns[i] = names.length == 1 ? names[0] : properties[i];
                }
            } else {
                System.arraycopy(properties, 0, columns, 0, properties.length);
            }
            run.changed(table, kind, id, columns, before, after);
        });
    }
}
