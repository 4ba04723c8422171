package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The three standard SRD conditions. Wire names are stored in the journal. */
public enum Condition {
    @JsonProperty("hidden") HIDDEN,
    @JsonProperty("restrained") RESTRAINED,
    @JsonProperty("vulnerable") VULNERABLE
}
