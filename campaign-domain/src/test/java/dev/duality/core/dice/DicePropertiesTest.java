package dev.duality.core.dice;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dev.duality.core.testing.Generated.between;
import static dev.duality.core.testing.Generated.forAll;
import static dev.duality.core.testing.Generated.oneOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Properties every server roll keeps, whatever the spec and the seed (both generated from a fixed seed). */
class DicePropertiesTest {
    private static final Integer[] SIDES = DiceSpec.ALLOWED_SIDES.stream().sorted().toArray(Integer[]::new);

    /** A spec and the seed to roll it with. */
    record Case(DiceSpec spec, long seed) {
    }

    @Test
    void aServerRollIsReproducibleFromItsSeedAndEveryDieIsInRange() {
        forAll(11, DicePropertiesTest::aCase, c -> {
            DiceRoll roll = Dice.roll(c.spec(), c.seed());
            assertThat(Dice.roll(c.spec(), c.seed())).isEqualTo(roll);
            assertThat(Dice.verify(roll)).isTrue();
            assertThat(roll.results()).hasSize(c.spec().dieSides().size());
            int sum = 0;
            for (int i = 0; i < roll.results().size(); i++) {
                RolledDie die = roll.results().get(i);
                assertThat(die.sides()).isEqualTo(c.spec().dieSides().get(i));
                assertThat(die.value()).isBetween(1, die.sides());
                sum += die.value();
            }
            assertThat(roll.total()).isEqualTo(sum + c.spec().modifier());
        });
    }

    @Test
    void aRollWithAnyDieChangedNoLongerVerifies() {
        forAll(12, DicePropertiesTest::aCase, c -> {
            DiceRoll roll = Dice.roll(c.spec(), c.seed());
            List<RolledDie> changed = new ArrayList<>(roll.results());
            RolledDie first = changed.get(0);
            changed.set(0, new RolledDie(first.sides(), first.value() % first.sides() + 1));
            assertThat(Dice.verify(new DiceRoll(roll.mode(), roll.algorithm(), roll.seed(), roll.spec(), changed)))
                    .isFalse();
        });
    }

    @Test
    void everyFaceComesUpAndNoneOutsideTheDie() {
        forAll(13, 50, random -> new Case(DiceSpec.of(0, new DiceGroup(DiceSpec.MAX_COUNT, oneOf(random, SIDES))),
                random.nextLong()), c -> {
            int sides = c.spec().dieSides().get(0);
            boolean[] seen = new boolean[sides + 1];
            // enough rolls that a fair die shows every face with overwhelming probability (d100: 1,200 dice)
            for (int i = 0; i < 60; i++) {
                for (RolledDie die : Dice.roll(c.spec(), c.seed() + i).results()) {
                    seen[die.value()] = true;
                }
            }
            for (int face = 1; face <= sides; face++) {
                assertThat(seen[face]).as("face %d of a d%d", face, sides).isTrue();
            }
        });
    }

    private static Case aCase(Random random) {
        List<DiceGroup> groups = new ArrayList<>();
        for (int i = between(random, 1, 3); i > 0; i--) {
            groups.add(new DiceGroup(between(random, 1, DiceSpec.MAX_COUNT), oneOf(random, SIDES)));
        }
        return new Case(DiceSpec.of(between(random, -DiceSpec.MAX_MODIFIER, DiceSpec.MAX_MODIFIER),
                groups.toArray(DiceGroup[]::new)), random.nextLong());
    }
}
