package dev.duality.sys.daggerheart.undo.api;

/** A compensating event: it restores values an earlier decision changed, and names that decision. */
public interface Undoing {
    /** What kind of decision it undoes. */
    UndoneKind undone();

    /** The {@code correlation_id} of the decision it undoes. */
    String undoneCorrelationId();
}
