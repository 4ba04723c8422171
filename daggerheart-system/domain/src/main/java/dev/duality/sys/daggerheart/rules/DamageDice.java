package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.duality.core.dice.DiceGroup;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.ValueRejection;
import dev.duality.core.value.Values;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The damage an attack deals, as a stat block writes it: {@code count} dice of {@code sides} plus a flat
 * {@code bonus}, e.g. 1d10+2. Flat damage (a minion's "2 phy") has no dice: count 0, sides 0. The {@code notation} is
 * written for readers of the journal and read models, never read back.
 *
 * @param count 0..{@value #MAX_COUNT} dice
 * @param sides 4, 6, 8, 10, 12 or 20 (the dice damage uses); 0 for flat damage
 * @param bonus 0..{@value #MAX_BONUS}, added once however many dice are rolled
 */
@JsonIgnoreProperties(value = "notation", allowGetters = true)
public record DamageDice(int count, int sides, int bonus) {
    public static final int MAX_COUNT = 20;
    public static final int MAX_BONUS = 100;
    public static final Set<Integer> SIDES = Set.of(4, 6, 8, 10, 12, 20);

    public DamageDice {
        Values.range(count, 0, MAX_COUNT, "count");
        if (count > 0) {
            Rejected.unless(SIDES.contains(sides), ValueRejection.VALUE_OUT_OF_RANGE, "sides",
                    "sides must be one of 4, 6, 8, 10, 12, 20, was " + sides);
        } else {
            Rejected.unless(sides == 0, ValueRejection.VALUE_OUT_OF_RANGE, "sides",
                    "flat damage (count 0) rolls no die: sides must be left out, was " + sides);
        }
        Values.range(bonus, count > 0 ? 0 : 1, MAX_BONUS, "bonus");
    }

    /** Flat damage: no dice, only the bonus (a minion's "2 phy"). */
    public static DamageDice flat(int damage) {
        return new DamageDice(0, 0, damage);
    }

    /** The dice to roll, if any: flat damage rolls none. */
    public Optional<DiceGroup> dice() {
        return count == 0 ? Optional.empty() : Optional.of(new DiceGroup(count, sides));
    }

    /** The most the dice can show: what a critical adds. */
    public int max() {
        return count * sides;
    }

    /**
     * The damage dealt with these {@code results} (one value per die): the dice plus the bonus, and on a critical
     * the dice's maximum on top (the bonus is not doubled: 3d6+2 critical is 18+3d6+2).
     */
    public int total(List<Integer> results, boolean critical) {
        Values.required(results, "results");
        Rejected.unless(results.size() == count, ValueRejection.VALUE_OUT_OF_RANGE, "results",
                notation() + " needs " + count + " die results, got " + results.size());
        for (int i = 0; i < results.size(); i++) {
            Values.range(Values.required(results.get(i), "results[" + i + "]"), 1, sides, "results[" + i + "]");
        }
        return results.stream().mapToInt(Integer::intValue).sum() + bonus + (critical ? max() : 0);
    }

    /** As a stat block writes it: {@code 1d10+2}, {@code 2d6}, {@code 2}. */
    @JsonProperty("notation")
    public String notation() {
        if (count == 0) {
            return String.valueOf(bonus);
        }
        return count + "d" + sides + (bonus > 0 ? "+" + bonus : "");
    }
}
