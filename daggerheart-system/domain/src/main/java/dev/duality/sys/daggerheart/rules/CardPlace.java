package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where an acquired domain card sits: active in the loadout or inactive in the vault. Wire names are stored. */
public enum CardPlace {
    @JsonProperty("loadout") LOADOUT,
    @JsonProperty("vault") VAULT
}
