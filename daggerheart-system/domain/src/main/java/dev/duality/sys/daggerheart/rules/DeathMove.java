package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The three death moves a PC chooses from when they mark their last HP. Wire names are stored in the journal. */
public enum DeathMove {
    /** One final action that critically succeeds, then death. No dice decide it. */
    @JsonProperty("blaze_of_glory") BLAZE_OF_GLORY,
    /** Fall unconscious; the Hope die decides whether a scar is taken. */
    @JsonProperty("avoid_death") AVOID_DEATH,
    /** The Duality Dice decide: Hope higher clears HP and Stress, Fear higher kills, a tie changes nothing. */
    @JsonProperty("risk_it_all") RISK_IT_ALL;

    /** How many d12s the move rolls: none, the Hope die, or the Hope and Fear dice. */
    public int dice() {
        return switch (this) {
            case BLAZE_OF_GLORY -> 0;
            case AVOID_DEATH -> 1;
            case RISK_IT_ALL -> 2;
        };
    }
}
