package dev.duality.core.dice;

/**
 * SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014; the reference C is
 * Vigna's splitmix64.c). Written out here rather than taken from java.util because replay and audit need the exact
 * sequence to be a fixed contract: java.util.Random, SplittableRandom and ThreadLocalRandom promise no particular
 * algorithm across JDKs or seeding paths. Not thread-safe; one instance serves one roll.
 */
final class SplitMix64 {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    SplitMix64(long seed) {
        this.state = seed;
    }

    /** The next 64-bit output; callers treat it as unsigned. */
    long nextLong() {
        state += GOLDEN_GAMMA;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
