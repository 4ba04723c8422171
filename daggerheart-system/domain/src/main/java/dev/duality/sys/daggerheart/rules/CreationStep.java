package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The nine steps of SRD character creation, in the SRD's order (the description beside the background). A character is ready to play once every step is
 * done; the steps still open are what keeps it out of a session. Wire names are stored in the journal.
 */
public enum CreationStep {
    /** Step 1: a class (chosen when the sheet is created) and one of its subclasses. */
    @JsonProperty("class_subclass") CLASS_SUBCLASS,
    /** Step 2: an ancestry and a community. */
    @JsonProperty("heritage") HERITAGE,
    /** Step 3: the six traits from the starting array. */
    @JsonProperty("traits") TRAITS,
    /** Step 5: armor (or none) and weapons. Step 4 (level, HP, Stress, Hope) is done when the sheet is created. */
    @JsonProperty("equipment") EQUIPMENT,
    /** The character's description. */
    @JsonProperty("details") DETAILS,
    /** Step 6: the background. */
    @JsonProperty("background") BACKGROUND,
    /** Step 7: two Experiences at +2. */
    @JsonProperty("experiences") EXPERIENCES,
    /** Step 8: two level-1 domain cards from the class's domains. */
    @JsonProperty("domain_cards") DOMAIN_CARDS,
    /** Step 9: connections with the other characters. */
    @JsonProperty("connections") CONNECTIONS
}
