package dev.duality.core.testing;

import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.system.FirstSession;
import dev.duality.core.system.ReadinessBlocker;
import dev.duality.core.system.SessionEnd;
import dev.duality.core.system.SystemRuntime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The game systems as a session start sees them, for fixture tests: blockers configured per character (none unless
 * told), and a record of every readiness question and every first-session bootstrap, so a test can prove what the
 * decider asked, that the bootstrap ran exactly once and what each session end told the system.
 */
public final class FakeSystemRuntime implements SystemRuntime {
    private final Map<String, List<ReadinessBlocker>> blockers = new HashMap<>();
    private final List<String> asked = new ArrayList<>();
    private final List<Bootstrap> bootstraps = new ArrayList<>();
    private final List<Ending> endings = new ArrayList<>();

    /** One call of {@link #bootstrapFirstSession}. */
    public record Bootstrap(String systemId, String systemVersion, FirstSession firstSession) {
    }

    /** One call of {@link #endSession}. */
    public record Ending(String systemId, String systemVersion, SessionEnd sessionEnd) {
    }

    /** Makes the system report these blockers, in this order, for {@code character}. */
    public FakeSystemRuntime blocking(CharacterId character, TestsysBlocker... codes) {
        blockers.put(character.value(), Arrays.stream(codes)
                .map(code -> new ReadinessBlocker(code, character.value(), code.name() + " for " + character))
                .toList());
        return this;
    }

    @Override
    public List<ReadinessBlocker> readinessBlockers(String systemId, String campaignId, String characterId) {
        asked.add(characterId);
        return blockers.getOrDefault(characterId, List.of());
    }

    @Override
    public void bootstrapFirstSession(String systemId, String systemVersion, FirstSession firstSession) {
        bootstraps.add(new Bootstrap(systemId, systemVersion, firstSession));
    }

    @Override
    public void endSession(String systemId, String systemVersion, SessionEnd sessionEnd) {
        endings.add(new Ending(systemId, systemVersion, sessionEnd));
    }

    /** The character ids the readiness hook was asked about, in order. */
    public List<String> asked() {
        return List.copyOf(asked);
    }

    public List<Bootstrap> bootstraps() {
        return List.copyOf(bootstraps);
    }

    /** Every session-end hook call so far, in order. */
    public List<Ending> endings() {
        return List.copyOf(endings);
    }
}
