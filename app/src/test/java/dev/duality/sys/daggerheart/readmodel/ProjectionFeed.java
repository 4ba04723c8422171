package dev.duality.sys.daggerheart.readmodel;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hands events to one projection the way its event processor does: through Axon's own
 * {@link AnnotationEventHandlerAdapter} around the application's bean, with the application's parameter resolvers and
 * handler definitions, so the real {@code @EventHandler} methods, their {@code @Timestamp} and the JPA mapping on the
 * real database do the work. Nothing is published: the application's own processors never see these events.
 */
final class ProjectionFeed {
    private final AnnotationEventHandlerAdapter adapter;
    private final TransactionTemplate transactions;

    ProjectionFeed(Object projection, Configuration axon, PlatformTransactionManager transactionManager) {
        this.adapter = new AnnotationEventHandlerAdapter(projection, axon.parameterResolverFactory(),
                axon.handlerDefinition(projection.getClass()));
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** An event as the journal holds it: its payload and the time it was recorded. */
    static EventMessage<?> recorded(Instant at, Object payload) {
        return new GenericEventMessage<>(UUID.randomUUID().toString(), payload, MetaData.emptyInstance(), at);
    }

    /** A time on the game night every test's events are recorded on (1 March 2025, UTC), e.g. {@code "18:12"}. */
    static Instant at(String timeOfDay) {
        return Instant.parse("2025-03-01T" + timeOfDay + ":00Z");
    }

    /**
     * Handles each event in a transaction of its own, as a command's events are projected. Every event must be one
     * the projection handles: the adapter skips the others silently, which would hide a missing handler.
     */
    void feed(List<EventMessage<?>> events) {
        events.forEach(this::feed);
    }

    void feed(EventMessage<?>... events) {
        feed(List.of(events));
    }

    private void feed(EventMessage<?> event) {
        assertThat(adapter.canHandle(event)).as("%s handles %s", adapter.getTargetType().getSimpleName(),
                event.getPayloadType().getSimpleName()).isTrue();
        transactions.executeWithoutResult(status -> {
            try {
                adapter.handle(event);
            } catch (Exception e) {
                throw new IllegalStateException("handling " + event.getPayloadType().getSimpleName() + " failed", e);
            }
        });
    }

    /** What a processor does before a replay: calls the projection's {@code @ResetHandler}. */
    void reset() {
        assertThat(adapter.supportsReset()).as("%s has a reset handler", adapter.getTargetType().getSimpleName())
                .isTrue();
        transactions.executeWithoutResult(status -> adapter.prepareReset());
    }

    /**
     * Runs {@code work} in one transaction and rolls it back. A reset deletes the rows of every campaign, and the one
     * application context and database are shared by all integration tests: rolled back, the reset is seen only
     * inside {@code work} (feeds and queries join its transaction) and never by another test.
     */
    void rolledBack(Runnable work) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.run();
        });
    }
}
