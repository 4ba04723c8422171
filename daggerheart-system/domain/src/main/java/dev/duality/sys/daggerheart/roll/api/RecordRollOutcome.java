package dev.duality.sys.daggerheart.roll.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.character.api.CharacterCommand;

/**
 * {@code sys.daggerheart.roll_outcome.record}: the roller's sheet marks roll {@code rollSeq}'s outcome as applied, so
 * it is never applied twice. Sent only inside {@code sys.daggerheart.roll_outcome.apply}.
 */
public record RecordRollOutcome(CampaignId campaignId, CharacterId characterId, long rollSeq, String requestId)
        implements CharacterCommand {
    public RecordRollOutcome {
        Values.required(campaignId, "campaign_id");
        Values.required(characterId, "character_id");
    }
}
