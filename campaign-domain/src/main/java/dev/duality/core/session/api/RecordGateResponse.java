package dev.duality.core.session.api;

import dev.duality.core.campaign.api.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code session.gate_record_response}: an eligible participant answers the open gate, once. */
public record RecordGateResponse(CampaignId campaignId, SessionId sessionId, GateId gateId,
                                 ParticipantId participantId, ShortCode decision, FreeText response) implements ParticipantScoped {
    /** The session whose play stream decides this command. */
    @TargetAggregateIdentifier
    public SessionStreamId sessionStreamId() {
        return SessionStreamId.of(campaignId, sessionId);
    }
}
