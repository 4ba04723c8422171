package dev.duality.core.dice;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who produced a roll's results; recorded so a reader knows whether the seed can reproduce them. */
public enum DiceMode {
    /** Rolled by the server from a recorded seed and algorithm: reproducible and auditable. */
    @JsonProperty("server") SERVER,
    /** Rolled at the table with real dice and submitted by a client: recorded as given, nothing to reproduce. */
    @JsonProperty("physical") PHYSICAL
}
