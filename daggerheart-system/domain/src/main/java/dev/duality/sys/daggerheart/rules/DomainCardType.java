package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The three kinds of domain card. Wire names are stored in the journal. */
public enum DomainCardType {
    @JsonProperty("ability") ABILITY,
    @JsonProperty("spell") SPELL,
    @JsonProperty("grimoire") GRIMOIRE
}
