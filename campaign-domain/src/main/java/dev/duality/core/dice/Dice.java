package dev.duality.core.dice;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.ValueRejection;
import dev.duality.core.value.Values;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Rolls dice for command handlers. Handlers roll once, while deciding, and put the {@link DiceRoll} in the event;
 * folding only reads it, so replay never rolls again.
 *
 * <h2>Algorithm {@value #SPLITMIX64_V1}</h2>
 * A contract, not an implementation detail: the same seed and spec must give the same dice forever, so old rolls
 * stay verifiable. Anyone can re-derive a roll from its recorded seed:
 * <ol>
 *   <li>Start a {@link SplitMix64} generator with the seed as its state.</li>
 *   <li>For each die in {@link DiceSpec#dieSides()} order (groups in order, each group's dice in turn), with
 *       {@code n} its sides: draw unsigned 64-bit outputs {@code x}, discarding any {@code x < 2^64 mod n}, and take
 *       {@code 1 + (x mod n)}. Discarding those few lowest outputs leaves a multiple of {@code n} equally likely
 *       values, so every face is exactly equally likely (plain {@code x mod n} would favour low faces).</li>
 * </ol>
 * Changing any of this would silently change the meaning of recorded seeds. A different algorithm gets a new name and
 * lives alongside this one: every roll records the name it was made with, and {@link #verify} dispatches on it.
 */
public final class Dice {
    /** The name recorded on rolls made by the algorithm above. */
    public static final String SPLITMIX64_V1 = "splitmix64-v1";

    private Dice() {
    }

    /** A server roll from an explicit seed: deterministic, so the same arguments always give an equal roll. */
    public static DiceRoll roll(DiceSpec spec, long seed) {
        Values.required(spec, "spec");
        SplitMix64 generator = new SplitMix64(seed);
        List<RolledDie> results = new ArrayList<>(spec.dieCount());
        for (int sides : spec.dieSides()) {
            results.add(new RolledDie(sides, uniform(generator::nextLong, sides)));
        }
        return new DiceRoll(DiceMode.SERVER, SPLITMIX64_V1, seed, spec, results);
    }

    /** A server roll with a seed asked of {@code seeds} once; the seed is recorded on the roll. */
    public static DiceRoll roll(DiceSpec spec, SeedSource seeds) {
        Values.required(spec, "spec");
        return roll(spec, seeds.nextSeed());
    }

    /**
     * Results a client rolled with real dice: exactly one value per die in {@link DiceSpec#dieSides()} order, each
     * within 1..sides. Rejections name the input as clients send it: {@code physical_results} (wrong count) or
     * {@code physical_results[i]} (a bad value).
     */
    /** The request field that carries dice rolled by hand. */
    public static final String PHYSICAL_RESULTS = "physical_results";

    public static DiceRoll physical(DiceSpec spec, List<Integer> values) {
        Values.required(spec, "spec");
        Values.required(values, PHYSICAL_RESULTS);
        List<Integer> sides = spec.dieSides();
        Rejected.unless(values.size() == sides.size(), ValueRejection.VALUE_OUT_OF_RANGE, PHYSICAL_RESULTS,
                PHYSICAL_RESULTS + " must have exactly " + sides.size() + " values, one per die of " + spec.notation());
        List<RolledDie> results = new ArrayList<>(sides.size());
        for (int i = 0; i < sides.size(); i++) {
            String field = PHYSICAL_RESULTS + "[" + i + "]";
            int value = Values.required(values.get(i), field);
            results.add(new RolledDie(sides.get(i), Values.range(value, 1, sides.get(i), field)));
        }
        return new DiceRoll(DiceMode.PHYSICAL, null, null, spec, results);
    }

    /**
     * Whether {@code roll} is a server roll that this build can reproduce exactly from its algorithm and seed. False
     * for physical rolls (nothing to reproduce) and for algorithms this build does not know.
     */
    public static boolean verify(DiceRoll roll) {
        Values.required(roll, "roll");
        return roll.mode() == DiceMode.SERVER && SPLITMIX64_V1.equals(roll.algorithm())
                && roll(roll.spec(), roll.seed()).equals(roll);
    }

    /** A uniform value in 1..sides from 64-bit outputs, by rejection sampling as documented on this class. */
    static int uniform(LongSupplier next, int sides) {
        // (2^64 - n) mod n == 2^64 mod n: the count of low outputs that would make x mod n uneven
        long threshold = Long.remainderUnsigned(-(long) sides, sides);
        long x;
        do {
            x = next.getAsLong();
        } while (Long.compareUnsigned(x, threshold) < 0);
        return (int) Long.remainderUnsigned(x, sides) + 1;
    }
}
