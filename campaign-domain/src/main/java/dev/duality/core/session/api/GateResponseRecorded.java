package dev.duality.core.session.api;

import dev.duality.core.campaign.api.*;

/** {@code session.gate_response_recorded}: a participant answered the gate. */
public record GateResponseRecorded(CampaignId campaignId, SessionId sessionId, GateId gateId,
                                   ParticipantId participantId, ShortCode decision, FreeText response) {
}
