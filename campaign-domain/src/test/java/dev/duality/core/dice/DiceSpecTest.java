package dev.duality.core.dice;

import dev.duality.core.value.ValueRejection;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static dev.duality.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class DiceSpecTest {

    @Test
    void acceptsEveryAllowedDieAndTheBoundsOfCountAndModifier() {
        for (int sides : new int[] {2, 3, 4, 6, 8, 10, 12, 20, 100}) {
            assertThat(DiceSpec.of(0, new DiceGroup(1, sides)).dieSides()).containsExactly(sides);
        }
        assertThat(DiceSpec.of(-100, new DiceGroup(20, 6)).dieCount()).isEqualTo(20);
        assertThat(DiceSpec.of(100, new DiceGroup(1, 6)).modifier()).isEqualTo(100);
        assertThat(new DiceSpec(Collections.nCopies(10, new DiceGroup(1, 6)), 0).dieCount()).isEqualTo(10);
    }

    @Test
    void rejectsBadGroupsNamingTheGroupAndField() {
        assertRejected(() -> DiceSpec.of(0, new DiceGroup(0, 6)), ValueRejection.VALUE_OUT_OF_RANGE, "dice[0].count");
        assertRejected(() -> DiceSpec.of(0, new DiceGroup(1, 6), new DiceGroup(21, 6)),
                ValueRejection.VALUE_OUT_OF_RANGE, "dice[1].count");
        assertRejected(() -> DiceSpec.of(0, new DiceGroup(1, 6), new DiceGroup(1, 7)),
                ValueRejection.VALUE_OUT_OF_RANGE, "dice[1].sides");
        assertRejected(() -> DiceSpec.of(0, new DiceGroup(1, 1)), ValueRejection.VALUE_OUT_OF_RANGE, "dice[0].sides");
        assertRejected(() -> DiceSpec.of(0, new DiceGroup(1, 0)), ValueRejection.VALUE_OUT_OF_RANGE, "dice[0].sides");
        assertRejected(() -> new DiceSpec(Arrays.asList(new DiceGroup(1, 6), null), 0),
                ValueRejection.VALUE_REQUIRED, "dice[1]");
    }

    @Test
    void rejectsMissingEmptyOrTooManyGroups() {
        assertRejected(() -> new DiceSpec(null, 0), ValueRejection.VALUE_REQUIRED, "dice");
        assertRejected(() -> new DiceSpec(List.of(), 0), ValueRejection.VALUE_OUT_OF_RANGE, "dice");
        assertRejected(() -> new DiceSpec(Collections.nCopies(11, new DiceGroup(1, 6)), 0),
                ValueRejection.VALUE_OUT_OF_RANGE, "dice");
    }

    @Test
    void rejectsAModifierOutOfRange() {
        assertRejected(() -> DiceSpec.of(101, new DiceGroup(1, 6)), ValueRejection.VALUE_OUT_OF_RANGE, "modifier");
        assertRejected(() -> DiceSpec.of(-101, new DiceGroup(1, 6)), ValueRejection.VALUE_OUT_OF_RANGE, "modifier");
    }

    @Test
    void listsEveryDieInOrderAndWritesNotation() {
        DiceSpec spec = DiceSpec.of(-2, new DiceGroup(2, 12), new DiceGroup(1, 6));
        assertThat(spec.dieSides()).containsExactly(12, 12, 6);
        assertThat(spec.dieCount()).isEqualTo(3);
        assertThat(spec.notation()).isEqualTo("2d12+1d6-2");
        assertThat(DiceSpec.of(3, new DiceGroup(1, 20)).notation()).isEqualTo("1d20+3");
        assertThat(DiceSpec.of(0, new DiceGroup(4, 100)).notation()).isEqualTo("4d100");
    }

    @Test
    void copiesItsGroups() {
        List<DiceGroup> groups = new ArrayList<>(List.of(new DiceGroup(1, 6)));
        DiceSpec spec = new DiceSpec(groups, 0);
        groups.add(new DiceGroup(1, 8));
        assertThat(spec.dice()).containsExactly(new DiceGroup(1, 6));
    }
}
