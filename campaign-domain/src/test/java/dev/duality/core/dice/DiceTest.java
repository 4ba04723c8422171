package dev.duality.core.dice;

import dev.duality.core.value.ValueRejection;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongSupplier;

import static dev.duality.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class DiceTest {
    private static final int[] ALL_SIDES = {2, 3, 4, 6, 8, 10, 12, 20, 100};

    private static List<Integer> values(DiceRoll roll) {
        return roll.results().stream().map(RolledDie::value).toList();
    }

    // --- golden values: computed by an independent Python SplitMix64 that reproduces the published outputs ---

    @Test
    void goldenRollForTheReferenceSeedUsesOneOutputPerDieInSpecOrder() {
        // seed 1234567 outputs are the published reference values; two are above 2^63 (negative as a Java long),
        // so this also pins the unsigned mapping: die = 1 + (output mod sides)
        DiceSpec spec = DiceSpec.of(0, new DiceGroup(2, 12), new DiceGroup(1, 6), new DiceGroup(1, 20),
                new DiceGroup(1, 100));
        DiceRoll roll = Dice.roll(spec, 1234567L);

        assertThat(roll.results()).containsExactly(new RolledDie(12, 10), new RolledDie(12, 2), new RolledDie(6, 4),
                new RolledDie(20, 12), new RolledDie(100, 22));
        assertThat(roll.mode()).isEqualTo(DiceMode.SERVER);
        assertThat(roll.algorithm()).isEqualTo("splitmix64-v1");
        assertThat(roll.seed()).isEqualTo(1234567L);
        assertThat(roll.spec()).isEqualTo(spec);
    }

    @Test
    void goldenRollsForOtherSeedsAndModifiers() {
        DiceRoll mixed = Dice.roll(DiceSpec.of(-3, new DiceGroup(4, 100), new DiceGroup(2, 20), new DiceGroup(1, 3)), 42L);
        assertThat(values(mixed)).containsExactly(14, 92, 59, 65, 11, 3, 2);
        assertThat(mixed.total()).isEqualTo(14 + 92 + 59 + 65 + 11 + 3 + 2 - 3);
        assertThat(mixed.modifier()).isEqualTo(-3);

        DiceRoll duality = Dice.roll(DiceSpec.of(2, new DiceGroup(2, 12)), -1L);
        assertThat(values(duality)).containsExactly(9, 10);
        assertThat(duality.total()).isEqualTo(21);
    }

    // --- determinism ---

    @Test
    void sameSeedAndSpecGiveAnEqualRollEveryTime() {
        DiceSpec spec = DiceSpec.of(5, new DiceGroup(20, 100), new DiceGroup(3, 6));
        DiceRoll first = Dice.roll(spec, 987654321L);
        for (int i = 0; i < 10; i++) {
            assertThat(Dice.roll(spec, 987654321L)).isEqualTo(first);
        }
    }

    @Test
    void differentSeedsGiveDifferentDice() {
        // 20d100 from two seeds: equal results would mean the seed is not reaching the generator
        DiceSpec spec = DiceSpec.of(0, new DiceGroup(20, 100));
        assertThat(values(Dice.roll(spec, 1L))).isNotEqualTo(values(Dice.roll(spec, 2L)));
    }

    @Test
    void rollWithASeedSourceAsksOnceAndRecordsTheSeed() {
        long[] asked = {0};
        SeedSource fixed = () -> {
            asked[0]++;
            return 1234567L;
        };
        DiceSpec spec = DiceSpec.of(0, new DiceGroup(2, 12));
        DiceRoll roll = Dice.roll(spec, fixed);

        assertThat(asked[0]).isEqualTo(1);
        assertThat(roll.seed()).isEqualTo(1234567L);
        assertThat(roll).isEqualTo(Dice.roll(spec, 1234567L));
    }

    @Test
    void secureSeedSourceGivesVaryingSeeds() {
        // 64-bit random seeds: a repeat among 5 would be a broken source, not bad luck (chance ~ 10 in 2^64)
        SeedSource secure = SeedSource.secure();
        List<Long> seeds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            seeds.add(secure.nextSeed());
        }
        assertThat(seeds).doesNotHaveDuplicates();
    }

    // --- range and uniformity over many fixed seeds ---

    /** 10,000 dice of one size: 500 rolls of 20dN from seeds 0..499. */
    private static int[] counts(int sides) {
        DiceSpec spec = DiceSpec.of(0, new DiceGroup(20, sides));
        int[] counts = new int[sides + 1];
        for (long seed = 0; seed < 500; seed++) {
            for (RolledDie die : Dice.roll(spec, seed * 1_000_003L).results()) {
                assertThat(die.sides()).isEqualTo(sides);
                assertThat(die.value()).as("d%d value", sides).isBetween(1, sides);
                counts[die.value()]++;
            }
        }
        return counts;
    }

    @Test
    void everyDieSizeStaysInRangeAndShowsEveryFace() {
        for (int sides : ALL_SIDES) {
            int[] counts = counts(sides);
            assertThat(counts[0]).isZero();
            for (int face = 1; face <= sides; face++) {
                assertThat(counts[face]).as("d%d face %d", sides, face).isPositive();
            }
        }
    }

    @Test
    void everyDieSizeIsRoughlyUniform() {
        // chi-square against uniform with a generous bound: degrees of freedom + 6 standard deviations (sd = sqrt(2 df)).
        // Fixed seeds make this deterministic, never flaky; a biased or truncated mapping blows far past it.
        for (int sides : ALL_SIDES) {
            int[] counts = counts(sides);
            double expected = 10_000.0 / sides;
            double chiSquare = 0;
            for (int face = 1; face <= sides; face++) {
                chiSquare += Math.pow(counts[face] - expected, 2) / expected;
            }
            int df = sides - 1;
            assertThat(chiSquare).as("chi-square of d%d: %s", sides, Arrays.toString(counts))
                    .isLessThan(df + 6 * Math.sqrt(2.0 * df));
        }
    }

    // --- the unbiased mapping itself ---

    private static LongSupplier outputs(long... values) {
        Iterator<Long> it = Arrays.stream(values).boxed().iterator();
        return it::next;
    }

    @Test
    void uniformDiscardsTheLowOutputsThatWouldBiasModulo() {
        // 2^64 mod 3 = 1: output 0 is discarded, 5 gives 1 + 5 mod 3 = 3 (plain modulo would have said 1)
        assertThat(Dice.uniform(outputs(0L, 5L), 3)).isEqualTo(3);
        // 2^64 mod 100 = 16: 0..15 are discarded, 16 is the lowest kept and gives 17
        assertThat(Dice.uniform(outputs(0L, 15L, 16L), 100)).isEqualTo(17);
        // 2^64 mod 8 = 0: nothing to discard for powers of two
        assertThat(Dice.uniform(outputs(0L), 8)).isEqualTo(1);
    }

    @Test
    void uniformTreatsOutputsAsUnsigned() {
        // -1L is 2^64 - 1 unsigned, and (2^64 - 1) mod 10 = 5; a signed remainder would give -1 and a face of 0
        assertThat(Dice.uniform(outputs(-1L), 10)).isEqualTo(6);
        assertThat(Dice.uniform(outputs(Long.MIN_VALUE), 12)).isEqualTo(9); // 2^63 mod 12 = 8
    }

    // --- audit ---

    @Test
    void verifyAcceptsAnUntouchedServerRollOnly() {
        DiceSpec spec = DiceSpec.of(1, new DiceGroup(2, 12));
        DiceRoll roll = Dice.roll(spec, 1234567L); // dice 10, 2
        assertThat(Dice.verify(roll)).isTrue();

        DiceRoll edited = new DiceRoll(DiceMode.SERVER, Dice.SPLITMIX64_V1, 1234567L, spec,
                List.of(new RolledDie(12, 12), new RolledDie(12, 2)));
        assertThat(Dice.verify(edited)).isFalse();
        DiceRoll unknownAlgorithm = new DiceRoll(DiceMode.SERVER, "xoshiro256-v1", 1234567L, spec, roll.results());
        assertThat(Dice.verify(unknownAlgorithm)).isFalse();
        assertThat(Dice.verify(Dice.physical(spec, List.of(10, 2)))).isFalse();
    }

    // --- physical rolls ---

    @Test
    void physicalRollRecordsTheSubmittedValuesInSpecOrder() {
        DiceSpec spec = DiceSpec.of(-1, new DiceGroup(2, 12), new DiceGroup(1, 6));
        DiceRoll roll = Dice.physical(spec, List.of(12, 1, 6));

        assertThat(roll.results()).containsExactly(new RolledDie(12, 12), new RolledDie(12, 1), new RolledDie(6, 6));
        assertThat(roll.mode()).isEqualTo(DiceMode.PHYSICAL);
        assertThat(roll.seed()).isNull();
        assertThat(roll.algorithm()).isNull();
        assertThat(roll.total()).isEqualTo(18);
    }

    @Test
    void physicalRollRejectsBadValuesNamingTheResult() {
        DiceSpec spec = DiceSpec.of(0, new DiceGroup(2, 12), new DiceGroup(1, 6));
        assertRejected(() -> Dice.physical(spec, List.of(12, 1)), ValueRejection.VALUE_OUT_OF_RANGE, "physical_results");
        assertRejected(() -> Dice.physical(spec, List.of(12, 1, 6, 6)), ValueRejection.VALUE_OUT_OF_RANGE, "physical_results");
        assertRejected(() -> Dice.physical(spec, null), ValueRejection.VALUE_REQUIRED, "physical_results");
        assertRejected(() -> Dice.physical(spec, Arrays.asList(12, null, 6)), ValueRejection.VALUE_REQUIRED, "physical_results[1]");
        assertRejected(() -> Dice.physical(spec, List.of(0, 1, 6)), ValueRejection.VALUE_OUT_OF_RANGE, "physical_results[0]");
        assertRejected(() -> Dice.physical(spec, List.of(13, 1, 6)), ValueRejection.VALUE_OUT_OF_RANGE, "physical_results[0]");
        // 7 is a fine d12 but not a d6: each value is checked against its own die
        assertRejected(() -> Dice.physical(spec, List.of(12, 1, 7)), ValueRejection.VALUE_OUT_OF_RANGE, "physical_results[2]");
    }

    @Test
    void rollsNeedASpec() {
        assertRejected(() -> Dice.roll(null, 1L), ValueRejection.VALUE_REQUIRED, "spec");
        assertRejected(() -> Dice.physical(null, List.of(1)), ValueRejection.VALUE_REQUIRED, "spec");
    }

    // --- a DiceRoll's parts must agree (this is what guards a journal entry on load) ---

    @Test
    void diceRollRejectsPartsThatDisagree() {
        DiceSpec spec = DiceSpec.of(0, new DiceGroup(1, 6));
        List<RolledDie> one = List.of(new RolledDie(6, 3));
        assertRejected(() -> new DiceRoll(DiceMode.SERVER, Dice.SPLITMIX64_V1, null, spec, one),
                ValueRejection.VALUE_REQUIRED, "seed");
        assertRejected(() -> new DiceRoll(DiceMode.SERVER, " ", 1L, spec, one), ValueRejection.VALUE_REQUIRED, "algorithm");
        assertRejected(() -> new DiceRoll(DiceMode.PHYSICAL, null, 1L, spec, one), ValueRejection.VALUE_OUT_OF_RANGE, "seed");
        assertRejected(() -> new DiceRoll(DiceMode.PHYSICAL, Dice.SPLITMIX64_V1, null, spec, one),
                ValueRejection.VALUE_OUT_OF_RANGE, "algorithm");
        assertRejected(() -> new DiceRoll(null, null, null, spec, one), ValueRejection.VALUE_REQUIRED, "mode");
        assertRejected(() -> new DiceRoll(DiceMode.PHYSICAL, null, null, spec, List.of(new RolledDie(8, 3))),
                ValueRejection.VALUE_OUT_OF_RANGE, "results[0].sides");
        assertRejected(() -> new DiceRoll(DiceMode.PHYSICAL, null, null, spec, List.of(new RolledDie(6, 7))),
                ValueRejection.VALUE_OUT_OF_RANGE, "results[0]");
    }

    @Test
    void diceRollCopiesItsResults() {
        List<RolledDie> results = new ArrayList<>(List.of(new RolledDie(6, 3)));
        DiceRoll roll = new DiceRoll(DiceMode.PHYSICAL, null, null, DiceSpec.of(0, new DiceGroup(1, 6)), results);
        results.set(0, new RolledDie(6, 6));
        assertThat(roll.results()).containsExactly(new RolledDie(6, 3));
    }
}
