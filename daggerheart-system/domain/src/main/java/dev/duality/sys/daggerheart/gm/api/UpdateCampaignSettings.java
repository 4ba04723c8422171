package dev.duality.sys.daggerheart.gm.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.value.Values;

/**
 * {@code sys.daggerheart.campaign_settings.update}: the table's optional rules for this campaign.
 *
 * @param massiveDamage the SRD's optional massive damage rule: damage of 2 × Severe or more marks 4 HP
 */
public record UpdateCampaignSettings(CampaignId campaignId, Boolean massiveDamage) implements GmStateCommand {
    public UpdateCampaignSettings {
        Values.required(campaignId, "campaign_id");
        Values.required(massiveDamage, "massive_damage");
    }
}
