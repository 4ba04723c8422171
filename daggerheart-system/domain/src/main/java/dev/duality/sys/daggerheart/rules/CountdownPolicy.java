package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What advances a countdown on its own. Wire names are stored in the journal. */
public enum CountdownPolicy {
    /** Only the GM advances it. */
    @JsonProperty("manual") MANUAL,
    /** A standard countdown: 1 per action roll whose outcome is applied. */
    @JsonProperty("action_standard") ACTION_STANDARD,
    /** A dynamic countdown: 0..3 per action roll, by the roll's result and the countdown's tone. */
    @JsonProperty("action_dynamic") ACTION_DYNAMIC,
    /** A long-term countdown: advanced after rests (1 on a long rest), never by rolls. */
    @JsonProperty("long_term") LONG_TERM;

    /** Whether an action roll's outcome advances it. */
    public boolean drivenByRolls() {
        return this == ACTION_STANDARD || this == ACTION_DYNAMIC;
    }
}
