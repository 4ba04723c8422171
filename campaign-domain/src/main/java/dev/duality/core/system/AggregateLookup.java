package dev.duality.core.system;

import java.util.Optional;
import java.util.function.Function;

/** Read access to event-sourced aggregate state inside the current decision, provided by the runtime. */
public interface AggregateLookup {
    /** Applies {@code reader} to the aggregate's current state, or returns empty when it does not exist. */
    <A, R> Optional<R> read(Class<A> aggregateType, String aggregateId, Function<A, R> reader);
}
