package dev.duality.core.system;

/**
 * An event payload that players may not see: the campaign's timeline lists it to its GMs and the admin only, unless
 * {@link #visibleToPlayers()} says this one is for everyone (a countdown the GM shows the players), or
 * {@link #forPlayers()} gives them its public part. Read models decide
 * the same for their own views; the timeline, which summarises every event, needs it said on the event.
 */
public interface GmOnly {
    /** Whether players may see this event after all; by default they may not. */
    default boolean visibleToPlayers() {
        return false;
    }

    /**
     * What players may know of this event when they may not see it whole: a record of its public fields, which the
     * timeline and live stream show them in its place (an adversary entered, without its stat block), so their screens
     * learn that something changed. Null, the default: players learn nothing of it.
     */
    default Record forPlayers() {
        return null;
    }
}
