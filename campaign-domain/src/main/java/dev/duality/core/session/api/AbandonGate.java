package dev.duality.core.session.api;

import dev.duality.core.campaign.api.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code session.gate_abandon}: close the open gate without a decision. */
public record AbandonGate(CampaignId campaignId, SessionId sessionId, GateId gateId, FreeText reason) implements CampaignScoped {
    /** The session whose play stream decides this command. */
    @TargetAggregateIdentifier
    public SessionStreamId sessionStreamId() {
        return SessionStreamId.of(campaignId, sessionId);
    }
}
