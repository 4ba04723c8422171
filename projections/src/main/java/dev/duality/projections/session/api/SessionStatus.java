package dev.duality.projections.session.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a session is still being played. */
public enum SessionStatus {
    @JsonProperty("active") ACTIVE,
    @JsonProperty("ended") ENDED
}
