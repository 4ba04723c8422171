package dev.duality.sys.daggerheart.character;

import dev.duality.core.system.NestedCommands;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The runtime's {@link NestedCommands} for a decision under test: records every command the decision sends, in order,
 * and answers each with what {@code answers} gives for it (a refusal it throws refuses the decision, as a nested
 * command's would).
 */
final class RecordingNestedCommands implements NestedCommands {
    private final Function<Object, Object> answers;
    private final List<Object> sent = new ArrayList<>();

    RecordingNestedCommands(Function<Object, Object> answers) {
        this.answers = answers;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R send(Object command) {
        sent.add(command);
        return (R) answers.apply(command);
    }

    /** Every command sent so far, in order. */
    List<Object> sent() {
        return List.copyOf(sent);
    }
}
