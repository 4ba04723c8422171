package dev.duality.core.testing;

import dev.duality.core.catalog.CommandDefinition;
import dev.duality.core.catalog.EventDefinition;
import dev.duality.core.system.AggregateLookup;
import dev.duality.core.system.FirstSession;
import dev.duality.core.system.SessionEnd;
import dev.duality.core.system.SessionReadinessHook;
import dev.duality.core.system.SystemModule;

import java.util.List;
import java.util.function.Function;

/**
 * A game system for tests: registers exactly what a test gives it, and its readiness hook never blocks. The record
 * accessors implement {@link SystemModule}'s {@code commands()}, {@code events()} and {@code aggregates()}; its
 * first-session and session-end commands are whatever {@code firstSession} and {@code sessionEnd} return (none by
 * default).
 */
public record FakeSystemModule(String systemId, String systemVersion, List<CommandDefinition> commands,
                               List<EventDefinition> events, List<Class<?>> aggregates,
                               Function<FirstSession, List<Object>> firstSession,
                               Function<SessionEnd, List<Object>> sessionEnd) implements SystemModule {

    /** The system every core test plays: id {@code testsys}, version {@code 1.0.0}, registering nothing. */
    public static FakeSystemModule testsys() {
        return system("testsys");
    }

    /** An empty system module with this id at version {@code 1.0.0}. */
    public static FakeSystemModule system(String systemId) {
        return new FakeSystemModule(systemId, "1.0.0", List.of(), List.of(), List.of(), first -> List.of(),
                ended -> List.of());
    }

    /** The same module at another version (a newer release of its rules, or an older one). */
    public FakeSystemModule atVersion(String version) {
        return new FakeSystemModule(systemId, version, commands, events, aggregates, firstSession, sessionEnd);
    }

    public FakeSystemModule withCommands(CommandDefinition... definitions) {
        return new FakeSystemModule(systemId, systemVersion, List.of(definitions), events, aggregates, firstSession, sessionEnd);
    }

    public FakeSystemModule withEvents(EventDefinition... definitions) {
        return new FakeSystemModule(systemId, systemVersion, commands, List.of(definitions), aggregates, firstSession, sessionEnd);
    }

    public FakeSystemModule withAggregates(Class<?>... aggregateClasses) {
        return new FakeSystemModule(systemId, systemVersion, commands, events, List.of(aggregateClasses),
                firstSession, sessionEnd);
    }

    /** The system commands this module asks the runtime to run when a campaign starts its first session. */
    public FakeSystemModule withFirstSessionCommands(Function<FirstSession, List<Object>> commandsFor) {
        return new FakeSystemModule(systemId, systemVersion, commands, events, aggregates, commandsFor, sessionEnd);
    }

    /** The system commands this module asks the runtime to run when a session of a campaign ends. */
    public FakeSystemModule withSessionEndCommands(Function<SessionEnd, List<Object>> commandsFor) {
        return new FakeSystemModule(systemId, systemVersion, commands, events, aggregates, firstSession, commandsFor);
    }

    @Override
    public SessionReadinessHook sessionReadiness(AggregateLookup lookup) {
        return (campaignId, characterId) -> List.of();
    }

    @Override
    public List<Object> firstSessionCommands(FirstSession firstSession) {
        return this.firstSession.apply(firstSession);
    }

    @Override
    public List<Object> sessionEndCommands(SessionEnd sessionEnd) {
        return this.sessionEnd.apply(sessionEnd);
    }
}
