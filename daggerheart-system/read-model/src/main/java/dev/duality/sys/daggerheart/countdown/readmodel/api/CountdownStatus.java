package dev.duality.sys.daggerheart.countdown.readmodel.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a countdown stands. Wire names are stored in the read model. */
public enum CountdownStatus {
    /** Counting down: rolls, rests or the GM advance it. */
    @JsonProperty("active") ACTIVE,
    /** It reached 0: its effect happens, and it does not advance until the GM resolves the trigger. */
    @JsonProperty("trigger_pending") TRIGGER_PENDING,
    /** Its trigger was resolved and it does not loop: it stays at 0. */
    @JsonProperty("finished") FINISHED
}
