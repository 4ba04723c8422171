package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The nine SRD domains; each class draws its domain cards from two of them. Wire names are stored in the journal. */
public enum Domain {
    @JsonProperty("arcana") ARCANA,
    @JsonProperty("blade") BLADE,
    @JsonProperty("bone") BONE,
    @JsonProperty("codex") CODEX,
    @JsonProperty("grace") GRACE,
    @JsonProperty("midnight") MIDNIGHT,
    @JsonProperty("sage") SAGE,
    @JsonProperty("splendor") SPLENDOR,
    @JsonProperty("valor") VALOR
}
