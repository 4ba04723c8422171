package dev.duality.sys.daggerheart.adversary;

import dev.duality.core.system.NestedCommands;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The runtime's {@link NestedCommands} for tests of a decision alone: records every command the decision sends, in
 * order, and answers each with what the test says its handler would return (the handlers have fixture tests of their
 * own; the whole decision runs over HTTP in the integration tests).
 */
final class RecordedNestedCommands implements NestedCommands {
    private final List<Object> sent = new ArrayList<>();
    private final Function<Object, Object> answer;

    RecordedNestedCommands(Function<Object, Object> answer) {
        this.answer = answer;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R send(Object command) {
        sent.add(command);
        return (R) answer.apply(command);
    }

    /** Every command sent so far, in order. */
    List<Object> sent() {
        return List.copyOf(sent);
    }
}
