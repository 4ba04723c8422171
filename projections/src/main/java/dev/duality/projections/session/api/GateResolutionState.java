package dev.duality.projections.session.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a gate stands: an open gate is {@link #PENDING_RESPONSES} until every eligible participant has answered, then
 * {@link #READY_TO_RESOLVE}; a closed gate is {@link #RESOLVED} or {@link #ABANDONED}, as its status.
 */
public enum GateResolutionState {
    @JsonProperty("pending_responses") PENDING_RESPONSES,
    @JsonProperty("ready_to_resolve") READY_TO_RESOLVE,
    @JsonProperty("resolved") RESOLVED,
    @JsonProperty("abandoned") ABANDONED
}
