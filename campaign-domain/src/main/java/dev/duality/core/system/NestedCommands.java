package dev.duality.core.system;

/**
 * Sends commands nested in the unit of work of the command being decided, for decisions that change several
 * aggregates (a first session's bootstrap, damage to several characters, a roll and its outcome). Each nested command
 * carries the outer command's correlation, actor and request id, and a game system's command its system's id and
 * version; it goes through the command interceptors (its access was checked once, on the outer command) and its own
 * aggregate, and everything the decision appends commits in one transaction or rolls back together. Provided by the
 * runtime; handlers take it as a parameter.
 */
public interface NestedCommands {
    /** Sends {@code command} nested in the current decision and returns its handler's result. */
    <R> R send(Object command);
}
