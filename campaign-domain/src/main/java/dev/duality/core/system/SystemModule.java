package dev.duality.core.system;

import dev.duality.core.catalog.MessageModule;

import java.util.List;

/**
 * The plug-in point for a game system's domain. A system module registers its own {@code sys.<systemId>.*} commands
 * and events and the aggregates that decide and fold them; the core never imports a system's classes. The service
 * finds modules as beans that each game system's plug-in configuration declares (found from the plug-in's dependency
 * alone), together with the system's read models, migrations and endpoints.
 */
public interface SystemModule extends MessageModule {
    /** Lowercase id used in type names and envelopes, e.g. {@code daggerheart}. */
    String systemId();

    /** The version clients send as {@code system_version}, e.g. {@code 1.0.0}. */
    String systemVersion();

    /**
     * The check a session start runs on every character before play. It may read the system's own aggregates through
     * {@code lookup}.
     */
    SessionReadinessHook sessionReadiness(AggregateLookup lookup);

    /**
     * System commands to run when a campaign of this system starts its first session, in the same decision (for
     * Daggerheart: seeding the GM's Fear). Each is sent with this system's id and version.
     */
    List<Object> firstSessionCommands(FirstSession firstSession);

    /**
     * System commands to run when a session of a campaign of this system ends, in the same decision as the end (for
     * Daggerheart: effects that last until the end of the session stop). Each is sent with this system's id and
     * version, nested in {@code session.end}'s unit of work, so they commit or roll back with it. None by default.
     */
    default List<Object> sessionEndCommands(SessionEnd sessionEnd) {
        return List.of();
    }

    /**
     * Command handlers of this system that are not aggregates: decisions that send nested commands to several
     * aggregates (see {@link NestedCommands}). Each is an object with {@code @CommandHandler} methods for commands of
     * this system. None by default.
     */
    default List<Object> commandHandlers() {
        return List.of();
    }
}
