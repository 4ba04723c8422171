package dev.duality.core.campaign.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A participant's governance rights over the campaign. */
public enum CampaignAccess {
    @JsonProperty("owner") OWNER,
    @JsonProperty("manager") MANAGER,
    @JsonProperty("member") MEMBER
}
