package dev.duality.core.system;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Optional;

/**
 * An aggregate folded from events of its stream by its own event-sourcing handlers, exactly as a repository loading
 * the stream would, outside any repository: the state at some point of the stream (an undo reads the state before a
 * decision), or a test's aggregate from a history.
 */
public final class StreamFold {
    private StreamFold() {
    }

    /** The aggregate {@code events} fold into, or empty when there are none: no stream, no aggregate. */
    public static <A> Optional<A> of(Class<A> type, List<? extends DomainEventMessage<?>> events) {
        if (events.isEmpty()) {
            return Optional.empty();
        }
        EventSourcedAggregate<A> aggregate = EventSourcedAggregate.initialize(newInstance(type),
                AnnotatedAggregateMetaModelFactory.inspectAggregate(type), null, NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(events.stream()));
        return Optional.of(aggregate.getAggregateRoot());
    }

    private static <A> A newInstance(Class<A> type) {
        try {
            Constructor<A> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " has no usable no-argument constructor", e);
        }
    }
}
