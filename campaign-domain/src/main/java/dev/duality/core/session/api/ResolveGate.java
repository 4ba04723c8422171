package dev.duality.core.session.api;

import dev.duality.core.campaign.api.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code session.gate_resolve}: close the open gate with a decision. */
public record ResolveGate(CampaignId campaignId, SessionId sessionId, GateId gateId, ShortCode decision,
                          FreeText resolution) implements CampaignScoped {
    /** The session whose play stream decides this command. */
    @TargetAggregateIdentifier
    public SessionStreamId sessionStreamId() {
        return SessionStreamId.of(campaignId, sessionId);
    }
}
