package dev.duality.core.session.api;

import dev.duality.core.campaign.api.*;

/** {@code session.gate_resolved}: the gate closed with a decision. */
public record GateResolved(CampaignId campaignId, SessionId sessionId, GateId gateId, ShortCode decision,
                           FreeText resolution) {
}
