package dev.duality.core.testing;

import dev.duality.core.catalog.CommandDefinition;
import dev.duality.core.catalog.EventDefinition;
import dev.duality.core.catalog.MessageModule;

import java.util.List;
import java.util.stream.Stream;

/** A core message module for tests: registers exactly what a test gives it. */
public record FakeCoreModule(List<CommandDefinition> commands, List<EventDefinition> events,
                             List<Class<?>> aggregates) implements MessageModule {

    public static FakeCoreModule empty() {
        return new FakeCoreModule(List.of(), List.of(), List.of());
    }

    /** Everything {@code base} registers plus this module's own types, e.g. the real core plus a test probe. */
    public static FakeCoreModule extending(MessageModule base) {
        return new FakeCoreModule(base.commands(), base.events(), base.aggregates());
    }

    public FakeCoreModule withCommands(CommandDefinition... definitions) {
        return new FakeCoreModule(concat(commands, definitions), events, aggregates);
    }

    public FakeCoreModule withEvents(EventDefinition... definitions) {
        return new FakeCoreModule(commands, concat(events, definitions), aggregates);
    }

    public FakeCoreModule withAggregates(Class<?>... aggregateClasses) {
        return new FakeCoreModule(commands, events, concat(aggregates, aggregateClasses));
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T> first, T... more) {
        return Stream.concat(first.stream(), Stream.of(more)).toList();
    }
}
