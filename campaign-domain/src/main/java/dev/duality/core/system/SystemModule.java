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

    /**
     * The version of the rules this module decides with, {@code MAJOR.MINOR.PATCH} (e.g. {@code 1.1.0}); commands
     * carry it as {@code system_version}. Raise the minor version for rules that only grow, the major one for a
     * breaking change.
     */
    String systemVersion();

    /**
     * Whether this module still serves campaigns created with {@code version}: by default every version of its own
     * major that is not newer than {@link #systemVersion()}. A module that keeps an older major's rules for the
     * campaigns created with it accepts that major too, and its deciders read the campaign's version
     * ({@code Campaign.systemVersion()} through {@link AggregateLookup}) to pick the rules; campaigns of a major it no
     * longer serves are refused until their owner upgrades them ({@code campaign.game_system.upgrade}).
     */
    default boolean serves(SystemVersion version) {
        return SystemVersion.parse(systemVersion()).orElseThrow(() -> new IllegalStateException(
                systemId() + " declares version '" + systemVersion() + "', which is not MAJOR.MINOR.PATCH"))
                .serves(version);
    }

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
