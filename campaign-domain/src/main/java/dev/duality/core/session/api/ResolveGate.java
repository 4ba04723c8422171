package dev.duality.core.session.api;

import dev.duality.core.campaign.api.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code session.gate_resolve}: close the open gate with a decision. */
public record ResolveGate(@TargetAggregateIdentifier CampaignId campaignId, SessionId sessionId, GateId gateId, ShortCode decision,
                          FreeText resolution) implements CampaignScoped {
}
