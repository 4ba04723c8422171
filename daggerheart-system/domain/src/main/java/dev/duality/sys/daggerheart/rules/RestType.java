package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The two kinds of rest. Wire names are stored in the journal. */
public enum RestType {
    /** About an hour: partial recovery, the GM gains 1d4 Fear. */
    @JsonProperty("short") SHORT,
    /** Several hours: full recovery, the GM gains 1d4 + the number of PCs in Fear. */
    @JsonProperty("long") LONG
}
