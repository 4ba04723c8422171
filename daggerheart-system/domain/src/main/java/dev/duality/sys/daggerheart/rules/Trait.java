package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The six character traits, in the order of the SRD character sheet. Wire names are stored in the journal. */
public enum Trait {
    @JsonProperty("agility") AGILITY,
    @JsonProperty("strength") STRENGTH,
    @JsonProperty("finesse") FINESSE,
    @JsonProperty("instinct") INSTINCT,
    @JsonProperty("presence") PRESENCE,
    @JsonProperty("knowledge") KNOWLEDGE;

    /** The field naming this trait's score inside a {@code traits} object, e.g. {@code traits.agility}. */
    public String field() {
        return "traits." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
