package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether an Armor Slot reduced a hit, and if not, why. Wire names are stored in the journal. */
public enum ArmorSlotUse {
    /** One slot was marked and the hit dropped one band. */
    @JsonProperty("used") USED,
    /** The hit marks no HP, so a slot would be wasted. */
    @JsonProperty("nothing_to_reduce") NOTHING_TO_REDUCE,
    /** Direct damage can't be reduced by Armor Slots. */
    @JsonProperty("direct_damage") DIRECT_DAMAGE,
    /** The target chose not to mark a slot. */
    @JsonProperty("not_requested") NOT_REQUESTED,
    /** Every Armor Slot is already marked (or the Armor Score is 0). */
    @JsonProperty("no_slot_available") NO_SLOT_AVAILABLE
}
