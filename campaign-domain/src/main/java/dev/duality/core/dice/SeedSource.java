package dev.duality.core.dice;

import java.security.SecureRandom;

/**
 * Where a command handler gets the seed for a server roll. It asks once per roll and records the seed in the event,
 * so folding and replay never need a seed source again; tests inject a fixed one ({@code () -> 42L}).
 */
@FunctionalInterface
public interface SeedSource {
    long nextSeed();

    /**
     * Unpredictable seeds, so no player can foresee a roll. A new SecureRandom per source; SecureRandom is
     * thread-safe, so one source can be shared by all handlers.
     */
    static SeedSource secure() {
        SecureRandom random = new SecureRandom();
        return random::nextLong;
    }
}
