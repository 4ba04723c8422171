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
import org.hibernate.event.spi.PostLoadEventListener;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Wires dry runs: the filter that runs a request in a transaction it rolls back, the journal's dispatch interceptor
 * that collects the events the decision appends, and Hibernate listeners that tell a {@link RowWatch} which read-model
 * rows are written and loaded (only while one watches: a dry run, or a look into the past; otherwise they return at
 * once).
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
            listeners.appendListeners(EventType.POST_INSERT, (PostInsertEventListener) event -> changed(
                    event.getPersister(), RowChange.Kind.INSERTED, event.getId(), null, event.getState()));
            listeners.appendListeners(EventType.POST_UPDATE, (PostUpdateEventListener) event -> changed(
                    event.getPersister(), RowChange.Kind.UPDATED, event.getId(), event.getOldState(), event.getState()));
            listeners.appendListeners(EventType.POST_DELETE, (PostDeleteEventListener) event -> changed(
                    event.getPersister(), RowChange.Kind.DELETED, event.getId(), event.getDeletedState(), null));
            listeners.appendListeners(EventType.POST_LOAD, (PostLoadEventListener) event -> RowWatch.current()
                    .filter(watcher -> ours(event.getPersister()))
                    .ifPresent(watcher -> {
                        Mapped mapped = mapped(event.getPersister());
                        Object[] state = event.getPersister().getValues(event.getEntity());
                        Map<String, Object> columns = new LinkedHashMap<>();
                        for (int i = 0; i < mapped.columns().length; i++) {
                            if (!mapped.columns()[i].startsWith("_")) {
                                columns.put(mapped.columns()[i], state[i]);
                            }
                        }
                        watcher.loaded(mapped.table(), event.getId(), columns);
                    }));
        };
    }

    /** Duality's own rows only: the journal's and the token store's entities are Axon's. */
    private static boolean ours(EntityPersister persister) {
        return persister.getMappedClass().getName().startsWith("dev.duality.");
    }

    private static void changed(EntityPersister persister, RowChange.Kind kind, Object id, Object[] before,
                                Object[] after) {
        RowWatch.current().filter(watcher -> ours(persister)).ifPresent(watcher -> {
            Mapped mapped = mapped(persister);
            RowWatch.change(mapped.table(), kind, id, mapped.columns(), before, after).ifPresent(watcher::changed);
        });
    }

    /** An entity's table and the column of each of its properties (a property of several columns keeps its name). */
    private record Mapped(String table, String[] columns) {
    }

    private static Mapped mapped(EntityPersister persister) {
        String[] properties = persister.getPropertyNames();
        String[] columns = new String[properties.length];
        if (persister instanceof AbstractEntityPersister entity) {
            for (int i = 0; i < properties.length; i++) {
                String[] names = entity.getPropertyColumnNames(i);
                columns[i] = names.length == 1 ? names[0] : properties[i];
            }
            return new Mapped(entity.getRootTableName(), columns);
        }
        System.arraycopy(properties, 0, columns, 0, properties.length);
        return new Mapped(persister.getEntityName(), columns);
    }
}
