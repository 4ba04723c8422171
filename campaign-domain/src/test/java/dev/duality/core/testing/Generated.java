package dev.duality.core.testing;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Property checks over generated cases: {@code cases} inputs drawn from a seeded generator, each checked in turn. The
 * seed is fixed, so a failure repeats; the failing case is named in the error with its number and value.
 */
public final class Generated {
    /** Enough cases to reach the corners of small input spaces (two d12s have 144), few enough to stay quick. */
    public static final int CASES = 1000;

    private Generated() {
    }

    public static <T> void forAll(long seed, int cases, Function<Random, T> generator, Consumer<T> property) {
        Random random = new Random(seed);
        for (int i = 0; i < cases; i++) {
            T input = generator.apply(random);
            try {
                property.accept(input);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("case " + i + " of seed " + seed + " fails: " + input, e);
            }
        }
    }

    public static <T> void forAll(long seed, Function<Random, T> generator, Consumer<T> property) {
        forAll(seed, CASES, generator, property);
    }

    /** A number in {@code min..max}, both included. */
    public static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** One of the values, each as likely. */
    @SafeVarargs
    public static <T> T oneOf(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }
}
