package dev.duality.core.session.api;

import dev.duality.core.campaign.api.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code session.gate_open}: pause play for a decision by the eligible participants (all when empty). */
public record OpenGate(CampaignId campaignId, SessionId sessionId, GateId gateId, ShortCode gateType,
                       FreeText reason, java.util.List<ParticipantId> eligibleParticipantIds) implements CampaignScoped {
    /** The session whose play stream decides this command. */
    @TargetAggregateIdentifier
    public SessionStreamId sessionStreamId() {
        return SessionStreamId.of(campaignId, sessionId);
    }
}
