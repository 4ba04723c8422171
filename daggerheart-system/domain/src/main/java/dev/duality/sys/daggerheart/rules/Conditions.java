package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;

import java.util.List;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CONDITION_DIFF_MISMATCH;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CONDITION_UNCHANGED;

/** Changes to a target's conditions, as the difference between two sets. */
public final class Conditions {
    private Conditions() {
    }

    /** What a change adds and removes. */
    public record ConditionDiff(ConditionSet added, ConditionSet removed) {
        public boolean changesNothing() {
            return added.conditions().isEmpty() && removed.conditions().isEmpty();
        }
    }

    /** The conditions in {@code after} but not {@code before} (added) and the reverse (removed). */
    public static ConditionDiff diff(ConditionSet before, ConditionSet after) {
        Values.required(before, "before");
        Values.required(after, "after");
        return new ConditionDiff(minus(after, before), minus(before, after));
    }

    /**
     * Checks a change as a client states it: the given added and removed lists must be exactly the difference between
     * before and after (so a client can't misstate what it did), and a change must change something.
     */
    public static ConditionDiff requireChange(ConditionSet before, ConditionSet after, List<Condition> added,
                                              List<Condition> removed) {
        ConditionDiff real = diff(before, after);
        ConditionSet givenAdded = ConditionSet.of(added, "added");
        ConditionSet givenRemoved = ConditionSet.of(removed, "removed");
        Rejected.unless(givenAdded.equals(real.added()), DAGGERHEART_CONDITION_DIFF_MISMATCH, "added",
                "added must be " + real.added().conditions() + ", was " + givenAdded.conditions());
        Rejected.unless(givenRemoved.equals(real.removed()), DAGGERHEART_CONDITION_DIFF_MISMATCH, "removed",
                "removed must be " + real.removed().conditions() + ", was " + givenRemoved.conditions());
        Rejected.unless(!real.changesNothing(), DAGGERHEART_CONDITION_UNCHANGED, "conditions",
                "the change leaves the conditions as they are: " + after.conditions());
        return real;
    }

    /**
     * A change as a command carries it: {@code added} and {@code removed} are optional (null when the client did not
     * state them), and when stated they must be exactly the difference; a change must change something.
     */
    public static ConditionDiff requireChangeAsStated(ConditionSet before, ConditionSet after,
                                                      List<Condition> added, List<Condition> removed) {
        ConditionDiff real = diff(before, after);
        return requireChange(before, after, added != null ? added : real.added().conditions(),
                removed != null ? removed : real.removed().conditions());
    }

    private static ConditionSet minus(ConditionSet from, ConditionSet taken) {
        return new ConditionSet(from.conditions().stream().filter(c -> !taken.contains(c)).toList());
    }
}
