package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why an action roll's outcome left a countdown it drives where it was. */
public enum CountdownSkip {
    /** It reached 0 and its trigger is not resolved yet. */
    @JsonProperty("trigger_pending") TRIGGER_PENDING,
    /** A dynamic countdown, and the roll had no Difficulty: without a success or failure the table has no answer. */
    @JsonProperty("result_unresolved") RESULT_UNRESOLVED
}
