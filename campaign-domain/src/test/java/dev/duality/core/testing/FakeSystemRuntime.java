package dev.duality.core.testing;

import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.system.FirstSession;
import dev.duality.core.system.ReadinessBlocker;
import dev.duality.core.system.SystemRuntime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The game systems as a session start sees them, for fixture tests: blockers configured per character (none unless
 * told), and a record of every readiness question and every first-session bootstrap, so a test can prove what the
 * decider asked and that the bootstrap ran exactly once.
 */
public final class FakeSystemRuntime implements SystemRuntime {
    private final Map<String, List<ReadinessBlocker>> blockers = new HashMap<>();
    private final List<String> asked = new ArrayList<>();
    private final List<Bootstrap> bootstraps = new ArrayList<>();

    /** One call of {@link #bootstrapFirstSession}. */
    public record Bootstrap(String systemId, String systemVersion, FirstSession firstSession) {
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

    /** The character ids the readiness hook was asked about, in order. */
    public List<String> asked() {
        return List.copyOf(asked);
    }

    public List<Bootstrap> bootstraps() {
        return List.copyOf(bootstraps);
    }
}
