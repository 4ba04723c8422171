package dev.duality.projections.session.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether an invite can still be claimed. */
public enum InviteStatus {
    @JsonProperty("open") OPEN,
    @JsonProperty("claimed") CLAIMED,
    @JsonProperty("revoked") REVOKED
}
