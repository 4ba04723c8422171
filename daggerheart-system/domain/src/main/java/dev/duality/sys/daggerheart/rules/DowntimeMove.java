package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The downtime moves a PC chooses during a rest. Wire names are stored in the journal. */
public enum DowntimeMove {
    /** Clear HP on yourself or an ally: 1d4 + tier on a short rest, all on a long rest. */
    @JsonProperty("tend_to_wounds") TEND_TO_WOUNDS,
    /** Clear your own Stress: 1d4 + tier on a short rest, all on a long rest. */
    @JsonProperty("clear_stress") CLEAR_STRESS,
    /** Clear Armor Slots on your or an ally's armor: 1d4 + tier on a short rest, all on a long rest. */
    @JsonProperty("repair_armor") REPAIR_ARMOR,
    /** Gain 1 Hope, or 2 each when preparing together with others. */
    @JsonProperty("prepare") PREPARE,
    /** Long rest only: advance a project's countdown. */
    @JsonProperty("work_on_a_project") WORK_ON_A_PROJECT;

    /** Whether the move clears a track by dice on a short rest (and fully on a long rest). */
    public boolean recovers() {
        return this == TEND_TO_WOUNDS || this == CLEAR_STRESS || this == REPAIR_ARMOR;
    }

    /** Whether the move may be aimed at an ally rather than the one who takes it. */
    public boolean mayTargetAnAlly() {
        return this == TEND_TO_WOUNDS || this == REPAIR_ARMOR;
    }
}
