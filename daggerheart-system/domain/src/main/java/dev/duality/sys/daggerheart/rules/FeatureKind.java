package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The three kinds of adversary feature. Wire names are stored in the journal. */
public enum FeatureKind {
    /** Something the adversary does when the spotlight is on it. */
    @JsonProperty("action") ACTION,
    /** An effect that happens when its trigger does, spotlight or not. */
    @JsonProperty("reaction") REACTION,
    /** Always in effect. */
    @JsonProperty("passive") PASSIVE
}
