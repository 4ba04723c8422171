package dev.duality.sys.daggerheart.character.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a character stands between life and death. Wire names are stored in the journal. */
public enum LifeState {
    /** Up and acting. */
    @JsonProperty("alive") ALIVE,
    /** Marked their last HP: falls, and must choose a death move. */
    @JsonProperty("fallen") FALLEN,
    /** Avoided death: can't act, move or be targeted by attacks until an ally clears HP or a long rest ends. */
    @JsonProperty("unconscious") UNCONSCIOUS,
    /**
     * Chose a Blaze of Glory: takes one final action, which critically succeeds whatever the dice say, and dies once
     * it is rolled.
     */
    @JsonProperty("blaze_of_glory") BLAZE_OF_GLORY,
    /** Dead: their story has ended. */
    @JsonProperty("dead") DEAD
}
