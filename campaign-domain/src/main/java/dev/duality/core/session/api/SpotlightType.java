package dev.duality.core.session.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who holds the spotlight. */
public enum SpotlightType {
    @JsonProperty("gm") GM,
    @JsonProperty("character") CHARACTER
}
