package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The GM move a roll's result calls for (GM response by result). Wire names are stored in the journal. */
public enum GmMove {
    /** Critical or with Hope on a success, or any reaction roll: the world reacts, no move. */
    @JsonProperty("none") NONE,
    /** Success with Fear (a cost) or failure with Hope: a minor, soft move. */
    @JsonProperty("minor") MINOR,
    /** Failure with Fear: a major, hard move. */
    @JsonProperty("major") MAJOR
}
