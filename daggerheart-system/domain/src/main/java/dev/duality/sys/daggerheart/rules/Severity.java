package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How bad a hit is, by the damage thresholds, and how many HP it marks. Massive exists only with the optional massive
 * damage rule. Wire names are stored in the journal.
 */
public enum Severity {
    @JsonProperty("none") NONE(0),
    @JsonProperty("minor") MINOR(1),
    @JsonProperty("major") MAJOR(2),
    @JsonProperty("severe") SEVERE(3),
    @JsonProperty("massive") MASSIVE(4);

    private final int hpMarks;

    Severity(int hpMarks) {
        this.hpMarks = hpMarks;
    }

    /** HP marked by a hit of this severity. */
    public int hpMarks() {
        return hpMarks;
    }

    /** One band lower, as an Armor Slot makes it; none stays none. */
    public Severity oneBandLower() {
        return this == NONE ? NONE : values()[ordinal() - 1];
    }
}
