package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The four Tier 1 armors of the SRD armor table, so a new character can pick one by name. Wire names are stored. */
public enum ArmorPreset {
    @JsonProperty("gambeson") GAMBESON(new Armor("Gambeson Armor", 5, 11, 3, 1, 0)),
    @JsonProperty("leather") LEATHER(new Armor("Leather Armor", 6, 13, 3, 0, 0)),
    @JsonProperty("chainmail") CHAINMAIL(new Armor("Chainmail Armor", 7, 15, 4, -1, 0)),
    @JsonProperty("full_plate") FULL_PLATE(new Armor("Full Plate Armor", 8, 17, 4, -2, -1));

    private final Armor armor;

    ArmorPreset(Armor armor) {
        this.armor = armor;
    }

    /** The armor's table row. */
    public Armor armor() {
        return armor;
    }
}
