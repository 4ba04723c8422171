package dev.duality.core.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What happens to an event after it is appended to the journal; the admin catalog shows the wire names. */
public enum Intent {
    /** Folded into aggregate state and applied to read models (the default). */
    @JsonProperty("projection_and_replay") PROJECTION_AND_REPLAY(true, true),
    /** Folded into aggregate state so later decisions can see it; never applied to read models. */
    @JsonProperty("replay_only") REPLAY_ONLY(true, false),
    /** Kept in the journal for the record only: neither folded nor projected. */
    @JsonProperty("audit_only") AUDIT_ONLY(false, false);

    private final boolean folded;
    private final boolean projected;

    Intent(boolean folded, boolean projected) {
        this.folded = folded;
        this.projected = projected;
    }

    public boolean folded() {
        return folded;
    }

    public boolean projected() {
        return projected;
    }
}
