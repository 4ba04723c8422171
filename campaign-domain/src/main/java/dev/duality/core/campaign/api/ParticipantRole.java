package dev.duality.core.campaign.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A participant's seat at the table. Gives no governance rights by itself: that is {@link CampaignAccess}. */
public enum ParticipantRole {
    @JsonProperty("gm") GM,
    @JsonProperty("player") PLAYER
}
