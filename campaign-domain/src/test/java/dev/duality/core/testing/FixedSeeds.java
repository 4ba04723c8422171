package dev.duality.core.testing;

import dev.duality.core.dice.SeedSource;

/** A seed source that always gives the same seed and counts how often it was asked. */
public final class FixedSeeds implements SeedSource {
    private final long seed;
    private int draws;

    public FixedSeeds(long seed) {
        this.seed = seed;
    }

    @Override
    public long nextSeed() {
        draws++;
        return seed;
    }

    public long seed() {
        return seed;
    }

    /** How many seeds were drawn so far. */
    public int draws() {
        return draws;
    }
}
