package dev.duality.core.system;

import java.util.List;

/** A game system's answer to "may this character take part in a session?". */
@FunctionalInterface
public interface SessionReadinessHook {
    /** Blockers for one character, in a stable order; empty when the character is ready. */
    List<ReadinessBlocker> blockersFor(String campaignId, String characterId);
}
