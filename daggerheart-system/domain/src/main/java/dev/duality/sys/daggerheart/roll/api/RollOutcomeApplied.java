package dev.duality.sys.daggerheart.roll.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;

/**
 * {@code sys.daggerheart.roll_outcome_applied}: roll {@code rollSeq}'s outcome was applied (its Fear, Hope and Stress
 * changes are their own events, just before this one).
 */
public record RollOutcomeApplied(CampaignId campaignId, CharacterId characterId, long rollSeq, String requestId) {
}
