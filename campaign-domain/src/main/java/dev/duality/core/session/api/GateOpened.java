package dev.duality.core.session.api;

import dev.duality.core.campaign.api.*;

/** {@code session.gate_opened}: a gate opened; play waits for it. */
public record GateOpened(CampaignId campaignId, SessionId sessionId, GateId gateId, ShortCode gateType,
                         FreeText reason, java.util.List<ParticipantId> eligibleParticipantIds) {
}
