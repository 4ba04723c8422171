package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The two damage types; damage may be both. Wire names are stored in the journal. */
public enum DamageType {
    @JsonProperty("physical") PHYSICAL,
    @JsonProperty("magic") MAGIC
}
