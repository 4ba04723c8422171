package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a countdown leads: nowhere in particular, to a good outcome for the party (progress) or to a bad one
 * (consequence). A dynamic countdown reads its column of the dynamic countdown table by its tone. Wire names are
 * stored in the journal.
 */
public enum CountdownTone {
    @JsonProperty("neutral") NEUTRAL,
    @JsonProperty("progress") PROGRESS,
    @JsonProperty("consequence") CONSEQUENCE
}
