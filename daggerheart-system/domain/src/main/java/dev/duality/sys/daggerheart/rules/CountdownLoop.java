package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a countdown does once its trigger is resolved. Wire names are stored in the journal. */
public enum CountdownLoop {
    /** It stays at 0 and is finished. */
    @JsonProperty("none") NONE,
    /** It starts again from its starting value. */
    @JsonProperty("reset") RESET,
    /** An increasing countdown: its starting value grows by 1, and it starts again from there. */
    @JsonProperty("reset_increase_start") RESET_INCREASE_START,
    /** A decreasing countdown: its starting value shrinks by 1 (never below 1), and it starts again from there. */
    @JsonProperty("reset_decrease_start") RESET_DECREASE_START
}
