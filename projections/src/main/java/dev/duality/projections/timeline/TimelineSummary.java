package dev.duality.projections.timeline;

import dev.duality.core.dice.DiceRoll;
import dev.duality.core.dice.RolledDie;
import dev.duality.core.value.Wire;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * One-line summaries of events for the timeline, derived from the payload record: its type name followed by its
 * fields ({@code participant.joined: participant_id=…, name=Riley, role=player, access=member}). Secret hashes and
 * secrets ({@code …Hash}, {@code …Secret}: a session's dice seed before it is revealed) are left out; dice show their
 * notation, results and total.
 */
final class TimelineSummary {
    static final int MAX_LENGTH = 1000;

    private TimelineSummary() {
    }

    static String of(String type, Object payload) {
        StringJoiner fields = new StringJoiner(", ", type + ": ", "").setEmptyValue(type);
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            String name = component.getName();
            Object value = read(component, payload);
            if (value == null || name.equals("campaignId") || name.endsWith("Hash") || name.endsWith("Secret")) {
                continue;
            }
            fields.add(snake(name) + "=" + render(value));
        }
        String summary = fields.toString().replace('\n', ' ');
        return summary.length() <= MAX_LENGTH ? summary : summary.substring(0, MAX_LENGTH - 1) + "…";
    }

    private static String render(Object value) {
        if (value instanceof DiceRoll roll) {
            return roll.spec().notation() + " " + roll.results().stream().map(RolledDie::value).toList() + " = "
                    + roll.total() + " (" + Wire.name(roll.mode()) + ")";
        }
        if (value instanceof Enum<?> constant) {
            return Wire.name(constant);
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(TimelineSummary::render).collect(Collectors.joining(",", "[", "]"));
        }
        return value.toString();
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static Object read(RecordComponent component, Object payload) {
        try {
            return component.getAccessor().invoke(payload);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + payload.getClass(), e);
        }
    }
}
