package dev.duality.projections.session.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a gate still waits for its decision, or how it was closed. */
public enum GateStatus {
    @JsonProperty("open") OPEN,
    @JsonProperty("resolved") RESOLVED,
    @JsonProperty("abandoned") ABANDONED
}
