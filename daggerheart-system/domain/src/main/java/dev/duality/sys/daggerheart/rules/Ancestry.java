package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The 18 SRD ancestries (the card files' spellings: Fungril, Simiah). Four of them change a sheet's numbers, which
 * {@link SheetNumbers} applies: Human (+1 Stress slot), Giant (+1 HP slot), Simiah (+1 Evasion) and Galapa (damage
 * thresholds + Proficiency). Wire names are stored in the journal.
 */
public enum Ancestry {
    @JsonProperty("clank") CLANK,
    @JsonProperty("drakona") DRAKONA,
    @JsonProperty("dwarf") DWARF,
    @JsonProperty("elf") ELF,
    @JsonProperty("faerie") FAERIE,
    @JsonProperty("faun") FAUN,
    @JsonProperty("firbolg") FIRBOLG,
    @JsonProperty("fungril") FUNGRIL,
    @JsonProperty("galapa") GALAPA,
    @JsonProperty("giant") GIANT,
    @JsonProperty("goblin") GOBLIN,
    @JsonProperty("halfling") HALFLING,
    @JsonProperty("human") HUMAN,
    @JsonProperty("infernis") INFERNIS,
    @JsonProperty("katari") KATARI,
    @JsonProperty("orc") ORC,
    @JsonProperty("ribbet") RIBBET,
    @JsonProperty("simiah") SIMIAH
}
