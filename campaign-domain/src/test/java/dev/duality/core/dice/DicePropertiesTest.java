package dev.duality.core.dice;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties every server roll keeps, whatever the spec and the seed (jqwik generates both). */
class DicePropertiesTest {

    @Property
    void aServerRollIsReproducibleFromItsSeedAndEveryDieIsInRange(@ForAll("specs") DiceSpec spec,
                                                                  @ForAll long seed) {
        DiceRoll roll = Dice.roll(spec, seed);
        assertThat(Dice.roll(spec, seed)).isEqualTo(roll);
        assertThat(Dice.verify(roll)).isTrue();
        assertThat(roll.results()).hasSize(spec.dieSides().size());
        int sum = 0;
        for (int i = 0; i < roll.results().size(); i++) {
            RolledDie die = roll.results().get(i);
            assertThat(die.sides()).isEqualTo(spec.dieSides().get(i));
            assertThat(die.value()).isBetween(1, die.sides());
            sum += die.value();
        }
        assertThat(roll.total()).isEqualTo(sum + spec.modifier());
    }

    @Property
    void aRollWithAnyDieChangedNoLongerVerifies(@ForAll("specs") DiceSpec spec, @ForAll long seed) {
        DiceRoll roll = Dice.roll(spec, seed);
        List<RolledDie> changed = new ArrayList<>(roll.results());
        RolledDie first = changed.get(0);
        changed.set(0, new RolledDie(first.sides(), first.value() % first.sides() + 1));
        DiceRoll forged = new DiceRoll(roll.mode(), roll.algorithm(), roll.seed(), roll.spec(), changed);
        assertThat(Dice.verify(forged)).isFalse();
    }

    @Property(tries = 50)
    void everyFaceComesUpAndNoneOutsideTheDie(@ForAll("sides") int sides, @ForAll long seed) {
        boolean[] seen = new boolean[sides + 1];
        DiceSpec many = DiceSpec.of(0, new DiceGroup(DiceSpec.MAX_COUNT, sides));
        long next = seed;
        // enough rolls that a fair die shows every face with overwhelming probability (d100: 60 × 20 = 1,200 dice)
        for (int i = 0; i < 60; i++) {
            for (RolledDie die : Dice.roll(many, next++).results()) {
                seen[die.value()] = true;
            }
        }
        for (int face = 1; face <= sides; face++) {
            assertThat(seen[face]).as("face %d of a d%d", face, sides).isTrue();
        }
    }

    @Provide
    Arbitrary<Integer> sides() {
        return Arbitraries.of(List.copyOf(DiceSpec.ALLOWED_SIDES));
    }

    @Provide
    Arbitrary<DiceSpec> specs() {
        Arbitrary<DiceGroup> group = Combinators.combine(Arbitraries.integers().between(1, DiceSpec.MAX_COUNT),
                sides()).as(DiceGroup::new);
        return Combinators.combine(group.list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.integers().between(-DiceSpec.MAX_MODIFIER, DiceSpec.MAX_MODIFIER))
                .as((groups, modifier) -> DiceSpec.of(modifier, groups.toArray(DiceGroup[]::new)));
    }
}
