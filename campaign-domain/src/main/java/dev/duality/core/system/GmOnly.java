package dev.duality.core.system;

/**
 * An event payload that players may not see: the campaign's timeline lists it to its GMs and the admin only, unless
 * {@link #visibleToPlayers()} says this one is for everyone (a countdown the GM shows the players). Read models decide
 * the same for their own views; the timeline, which summarises every event, needs it said on the event.
 */
public interface GmOnly {
    /** Whether players may see this event after all; by default they may not. */
    default boolean visibleToPlayers() {
        return false;
    }
}
