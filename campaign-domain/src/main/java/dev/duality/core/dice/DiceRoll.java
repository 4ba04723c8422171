package dev.duality.core.dice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.ValueRejection;
import dev.duality.core.value.Values;

import java.util.List;

/**
 * A finished roll, as an event records it: enough to show it (spec, each die, total) and to audit it (mode, algorithm
 * and seed reproduce a server roll; see {@link Dice#verify}). Built by {@link Dice}; the constructor only checks
 * that the parts agree, so a journal entry that has been tampered with fails to load rather than replaying quietly.
 *
 * <p>JSON: {@code mode, algorithm, seed, spec, results} are read and written. {@code total} is written for readers of
 * the journal but ignored when read: it is always recomputed, so it can never disagree with the dice.
 *
 * @param algorithm the generator that produced a server roll (e.g. {@value Dice#SPLITMIX64_V1}); null when physical
 * @param seed      the seed of a server roll; null when physical
 * @param results   one entry per die, in {@link DiceSpec#dieSides()} order
 */
@JsonIgnoreProperties(value = "total", allowGetters = true)
public record DiceRoll(DiceMode mode, String algorithm, Long seed, DiceSpec spec, List<RolledDie> results) {
    public DiceRoll {
        Values.required(mode, "mode");
        Values.required(spec, "spec");
        Values.required(results, "results");
        if (mode == DiceMode.SERVER) {
            Values.required(seed, "seed");
            Rejected.unless(algorithm != null && !algorithm.isBlank(), ValueRejection.VALUE_REQUIRED, "algorithm",
                    "algorithm is required for a server roll");
        } else {
            // a physical roll with a seed would claim a reproducibility it does not have
            Rejected.unless(seed == null, ValueRejection.VALUE_OUT_OF_RANGE, "seed", "a physical roll has no seed");
            Rejected.unless(algorithm == null, ValueRejection.VALUE_OUT_OF_RANGE, "algorithm",
                    "a physical roll has no algorithm");
        }
        List<Integer> sides = spec.dieSides();
        Rejected.unless(results.size() == sides.size(), ValueRejection.VALUE_OUT_OF_RANGE, "results",
                "results must have exactly " + sides.size() + " values, one per die of " + spec.notation());
        for (int i = 0; i < sides.size(); i++) {
            RolledDie die = Values.required(results.get(i), "results[" + i + "]");
            Rejected.unless(die.sides() == sides.get(i), ValueRejection.VALUE_OUT_OF_RANGE, "results[" + i + "].sides",
                    "results[" + i + "] must be a d" + sides.get(i));
            Values.range(die.value(), 1, die.sides(), "results[" + i + "]");
        }
        results = List.copyOf(results);
    }

    /** The sum of the dice plus the spec's modifier. */
    @JsonProperty("total")
    public int total() {
        return results.stream().mapToInt(RolledDie::value).sum() + spec.modifier();
    }

    public int modifier() {
        return spec.modifier();
    }
}
