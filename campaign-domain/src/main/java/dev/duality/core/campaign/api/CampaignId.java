package dev.duality.core.campaign.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.duality.core.value.Values;

import java.util.UUID;

/** Identifies a campaign; serialized as a plain string. */
public record CampaignId(@JsonValue String value) {
    public CampaignId {
        Values.id(value, "campaign_id");
    }

    @JsonCreator
    public static CampaignId of(String value) {
        return new CampaignId(value);
    }

    public static CampaignId generate() {
        return new CampaignId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
