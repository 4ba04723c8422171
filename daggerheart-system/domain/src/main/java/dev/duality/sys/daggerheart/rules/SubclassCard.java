package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The three cards of a subclass, taken in this order. Wire names are stored in the journal. */
public enum SubclassCard {
    @JsonProperty("foundation") FOUNDATION,
    @JsonProperty("specialization") SPECIALIZATION,
    @JsonProperty("mastery") MASTERY;

    /** The card an upgrade gives, or empty at Mastery. */
    public java.util.Optional<SubclassCard> next() {
        return this == MASTERY ? java.util.Optional.empty() : java.util.Optional.of(values()[ordinal() + 1]);
    }
}
