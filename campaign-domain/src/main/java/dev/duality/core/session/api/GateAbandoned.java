package dev.duality.core.session.api;

import dev.duality.core.campaign.api.*;

/** {@code session.gate_abandoned}: the gate closed without a decision. */
public record GateAbandoned(CampaignId campaignId, SessionId sessionId, GateId gateId, FreeText reason) {
}
