package dev.duality.core.dice;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.ValueRejection;
import dev.duality.core.value.Values;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What to roll: groups of dice in order plus a flat modifier, e.g. {@code 2d12+1d6+3}. The order matters: results come
 * back in the same order, so a caller can tell its dice apart (the first d12 is the Hope die, say).
 */
public record DiceSpec(List<DiceGroup> dice, int modifier) {
    /** The die sizes a roll may use. */
    public static final Set<Integer> ALLOWED_SIDES = Set.of(2, 3, 4, 6, 8, 10, 12, 20, 100);
    public static final int MAX_COUNT = 20;
    /** Bounds the dice per roll (and the size of the event that records them) to 10 × 20. */
    public static final int MAX_GROUPS = 10;
    public static final int MAX_MODIFIER = 100;

    public DiceSpec {
        Values.required(dice, "dice");
        Rejected.unless(!dice.isEmpty() && dice.size() <= MAX_GROUPS, ValueRejection.VALUE_OUT_OF_RANGE, "dice",
                "dice must have 1-" + MAX_GROUPS + " groups");
        for (int i = 0; i < dice.size(); i++) {
            DiceGroup group = Values.required(dice.get(i), "dice[" + i + "]");
            Values.range(group.count(), 1, MAX_COUNT, "dice[" + i + "].count");
            Rejected.unless(ALLOWED_SIDES.contains(group.sides()), ValueRejection.VALUE_OUT_OF_RANGE,
                    "dice[" + i + "].sides", "dice[" + i + "].sides must be one of 2, 3, 4, 6, 8, 10, 12, 20, 100");
        }
        Values.range(modifier, -MAX_MODIFIER, MAX_MODIFIER, "modifier");
        dice = List.copyOf(dice);
    }

    public static DiceSpec of(int modifier, DiceGroup... groups) {
        return new DiceSpec(Arrays.asList(groups), modifier);
    }

    /** How many dice the spec rolls in all. */
    public int dieCount() {
        return dice.stream().mapToInt(DiceGroup::count).sum();
    }

    /** The sides of every single die, in roll order: {@code 2d12+1d6} gives {@code [12, 12, 6]}. */
    public List<Integer> dieSides() {
        List<Integer> sides = new ArrayList<>(dieCount());
        for (DiceGroup group : dice) {
            for (int i = 0; i < group.count(); i++) {
                sides.add(group.sides());
            }
        }
        return List.copyOf(sides);
    }

    /** Dice notation for display, e.g. {@code 2d12+1d6-1}. */
    public String notation() {
        StringBuilder text = new StringBuilder();
        for (DiceGroup group : dice) {
            text.append(text.isEmpty() ? "" : "+").append(group);
        }
        if (modifier != 0) {
            text.append(modifier > 0 ? "+" : "").append(modifier);
        }
        return text.toString();
    }
}
