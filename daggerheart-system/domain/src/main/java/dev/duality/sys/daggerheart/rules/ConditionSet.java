package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CONDITION_DUPLICATE;

/**
 * The conditions a target has, kept sorted in {@link Condition} order so equal sets are equal values. A target can't
 * have one condition twice, so a list naming one twice is refused rather than quietly merged. Written as a plain
 * JSON list.
 */
public record ConditionSet(@JsonValue List<Condition> conditions) {
    public static final ConditionSet NONE = new ConditionSet(List.of());

    public ConditionSet {
        conditions = normalized(conditions, "conditions");
    }

    /** Builds a set from a request's list, naming {@code field} when it is missing or repeats a condition. */
    public static ConditionSet of(List<Condition> conditions, String field) {
        return new ConditionSet(normalized(conditions, field));
    }

    @JsonCreator
    static ConditionSet fromJson(List<Condition> conditions) {
        return new ConditionSet(conditions);
    }

    public boolean contains(Condition condition) {
        return conditions.contains(condition);
    }

    private static List<Condition> normalized(List<Condition> conditions, String field) {
        Values.required(conditions, field);
        Set<Condition> seen = EnumSet.noneOf(Condition.class);
        for (int i = 0; i < conditions.size(); i++) {
            Condition condition = Values.required(conditions.get(i), field + "[" + i + "]");
            Rejected.unless(seen.add(condition), DAGGERHEART_CONDITION_DUPLICATE, field,
                    field + " names " + condition + " twice");
        }
        return List.copyOf(seen); // EnumSet iterates in declaration order
    }
}
