package dev.duality.app.persistence;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The idempotency store's hook on the journal: every keyed command's events pass {@link IdempotencyCommitMarker}. */
@Configuration(proxyBeanMethods = false)
public class IdempotencyJournalConfiguration {
    @Bean
    SmartInitializingSingleton idempotencyCommitMarker(EventStore eventStore, IdempotencyStore store) {
        return () -> eventStore.registerDispatchInterceptor(new IdempotencyCommitMarker(store));
    }
}
