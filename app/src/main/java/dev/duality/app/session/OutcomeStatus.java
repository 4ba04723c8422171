package dev.duality.app.session;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What became of a roll's outcome: applied (once), or rejected by the GM (recorded only). */
public enum OutcomeStatus {
    @JsonProperty("applied") APPLIED,
    @JsonProperty("rejected") REJECTED
}
