package dev.duality.core.campaign.api;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.EnumSet;
import java.util.Set;

/**
 * The campaign lifecycle: draft -> active -> completed -> archived, and restore back to draft. Each status allows a
 * fixed set of operations; anything else is refused with {@code CAMPAIGN_STATUS_FORBIDS_OPERATION}.
 */
public enum CampaignStatus {
    @JsonProperty("draft") DRAFT(EnumSet.of(CampaignOperation.UPDATE, CampaignOperation.MANAGE_PARTICIPANTS,
            CampaignOperation.MANAGE_CHARACTERS, CampaignOperation.START_SESSION)),
    @JsonProperty("active") ACTIVE(EnumSet.of(CampaignOperation.UPDATE, CampaignOperation.MANAGE_PARTICIPANTS,
            CampaignOperation.MANAGE_CHARACTERS, CampaignOperation.START_SESSION, CampaignOperation.PLAY,
            CampaignOperation.END, CampaignOperation.ARCHIVE)),
    @JsonProperty("completed") COMPLETED(EnumSet.of(CampaignOperation.ARCHIVE)),
    @JsonProperty("archived") ARCHIVED(EnumSet.of(CampaignOperation.RESTORE));

    private final Set<CampaignOperation> allowed;

    CampaignStatus(Set<CampaignOperation> allowed) {
        this.allowed = allowed;
    }

    public boolean allows(CampaignOperation operation) {
        return allowed.contains(operation);
    }
}
