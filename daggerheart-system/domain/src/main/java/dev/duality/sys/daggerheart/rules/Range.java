package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The SRD's ranges, from touching distance outward. Wire names are stored in the journal. */
public enum Range {
    @JsonProperty("melee") MELEE,
    @JsonProperty("very_close") VERY_CLOSE,
    @JsonProperty("close") CLOSE,
    @JsonProperty("far") FAR,
    @JsonProperty("very_far") VERY_FAR
}
