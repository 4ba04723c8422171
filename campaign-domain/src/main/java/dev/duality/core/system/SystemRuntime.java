package dev.duality.core.system;

import java.util.List;

/**
 * The core's view of the registered game systems while it decides: readiness checks, the first-session bootstrap and
 * the session-end hook.
 * Provided by the runtime, which can load system aggregates and dispatch system commands in the same unit of work.
 */
public interface SystemRuntime {
    /** Blockers the campaign's game system raises for one character; empty when it is ready. */
    List<ReadinessBlocker> readinessBlockers(String systemId, String campaignId, String characterId);

    /**
     * Runs the system's first-session commands (see {@link SystemModule#firstSessionCommands}) in the current unit of
     * work, so they commit or roll back together with the session start.
     */
    void bootstrapFirstSession(String systemId, String systemVersion, FirstSession firstSession);

    /**
     * Runs the system's session-end commands (see {@link SystemModule#sessionEndCommands}) in the current unit of
     * work, so they commit or roll back together with the session end.
     */
    void endSession(String systemId, String systemVersion, SessionEnd sessionEnd);
}
