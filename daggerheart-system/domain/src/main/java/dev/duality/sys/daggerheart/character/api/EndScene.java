package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CampaignScoped;
import dev.duality.core.value.Values;

/**
 * {@code sys.daggerheart.scene.end}: the GM says the current scene is over, which ends every character's effects that
 * last a scene (temporary armor of duration {@code scene}). The core has no scenes; the GM marks their end. One
 * decision: a {@code character_temporary_armor.end} for every character of the campaign with a sheet.
 */
public record EndScene(CampaignId campaignId) implements CampaignScoped {
    public EndScene {
        Values.required(campaignId, "campaign_id");
    }
}
