package dev.duality.core.catalog;

import java.util.List;

/** A unit that registers its own commands, events and the aggregates that decide and fold them. */
public interface MessageModule {
    List<CommandDefinition> commands();

    List<EventDefinition> events();

    /** Aggregate classes whose {@code @EventSourcingHandler} methods fold this module's events. */
    List<Class<?>> aggregates();
}
