package dev.duality.core.action.api;

import dev.duality.core.campaign.api.*;
import dev.duality.core.session.api.SessionId;


/** {@code action.outcome_applied} (replay-only): the roll's outcome was applied; later applies are refused. */
public record OutcomeApplied(CampaignId campaignId, SessionId sessionId, long rollSeq, String requestId,
                             java.util.List<CharacterId> targets, boolean requiresComplication, FreeText summary) {
}
