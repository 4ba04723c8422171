package dev.duality.sys.daggerheart.character.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The nine SRD classes. The lowercase wire names are stored in the journal: renaming one needs an upcaster. */
public enum DaggerheartClass {
    @JsonProperty("bard") BARD,
    @JsonProperty("druid") DRUID,
    @JsonProperty("guardian") GUARDIAN,
    @JsonProperty("ranger") RANGER,
    @JsonProperty("rogue") ROGUE,
    @JsonProperty("seraph") SERAPH,
    @JsonProperty("sorcerer") SORCERER,
    @JsonProperty("warrior") WARRIOR,
    @JsonProperty("wizard") WIZARD
}
