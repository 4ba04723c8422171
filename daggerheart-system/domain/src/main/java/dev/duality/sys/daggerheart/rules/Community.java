package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The 9 SRD communities. Wire names are stored in the journal. */
public enum Community {
    @JsonProperty("highborne") HIGHBORNE,
    @JsonProperty("loreborne") LOREBORNE,
    @JsonProperty("orderborne") ORDERBORNE,
    @JsonProperty("ridgeborne") RIDGEBORNE,
    @JsonProperty("seaborne") SEABORNE,
    @JsonProperty("slyborne") SLYBORNE,
    @JsonProperty("underborne") UNDERBORNE,
    @JsonProperty("wanderborne") WANDERBORNE,
    @JsonProperty("wildborne") WILDBORNE
}
