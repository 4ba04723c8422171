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
    /** Dead: their story has ended. */
    @JsonProperty("dead") DEAD
}
