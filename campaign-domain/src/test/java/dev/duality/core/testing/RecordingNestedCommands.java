package dev.duality.core.testing;

import dev.duality.core.system.NestedCommands;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The runtime's {@link NestedCommands} for a decision tested alone: records every command the decision sends, in
 * order, and answers each with what {@code answers} gives for it, as its handler would (a refusal it throws refuses
 * the decision, as a nested command's would). The handlers have fixture tests of their own; whole decisions run over
 * HTTP in the integration tests.
 */
public final class RecordingNestedCommands implements NestedCommands {
    private final Function<Object, Object> answers;
    private final List<Object> sent = new ArrayList<>();

    public RecordingNestedCommands(Function<Object, Object> answers) {
        this.answers = answers;
    }

    /** Answers every command with nothing, as handlers that return nothing do. */
    public RecordingNestedCommands() {
        this(command -> null);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R send(Object command) {
        sent.add(command);
        return (R) answers.apply(command);
    }

    /** Every command sent so far, in order. */
    public List<Object> sent() {
        return List.copyOf(sent);
    }
}
