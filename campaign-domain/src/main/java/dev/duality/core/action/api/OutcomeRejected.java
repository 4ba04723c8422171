package dev.duality.core.action.api;

import dev.duality.core.campaign.api.*;
import dev.duality.core.session.api.SessionId;


/** {@code action.outcome_rejected} (audit-only): a roll's outcome was refused. */
public record OutcomeRejected(CampaignId campaignId, SessionId sessionId, long rollSeq, ShortCode reasonCode,
                              FreeText message) {
}
