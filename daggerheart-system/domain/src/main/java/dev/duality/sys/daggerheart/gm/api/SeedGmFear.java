package dev.duality.sys.daggerheart.gm.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.ValueRejection;
import dev.duality.core.value.Values;

/**
 * {@code sys.daggerheart.gm_fear.seed}: the first-session bootstrap. The GM starts the campaign with 1 Fear per player
 * character (NPCs do not count), at most 12. Sent by the runtime inside the first {@code session.start}, never by
 * clients; it creates the campaign's GM state.
 */
public record SeedGmFear(CampaignId campaignId, int playerCharacterCount) implements GmStateCommand {
    public SeedGmFear {
        Values.required(campaignId, "campaign_id");
        Rejected.unless(playerCharacterCount >= 0, ValueRejection.VALUE_OUT_OF_RANGE, "player_character_count",
                "player_character_count must not be negative, was " + playerCharacterCount);
    }
}
