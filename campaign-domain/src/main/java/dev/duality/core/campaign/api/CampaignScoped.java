package dev.duality.core.campaign.api;

/** A command about one campaign: policies, the session lock and gates are checked against that campaign. */
public interface CampaignScoped {
    CampaignId campaignId();
}
