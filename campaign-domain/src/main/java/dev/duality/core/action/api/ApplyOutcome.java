package dev.duality.core.action.api;

import dev.duality.core.campaign.api.*;
import dev.duality.core.session.api.GateId;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.session.api.SessionStreamId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * {@code action.outcome.apply}: apply the outcome of a roll of the same session, exactly once. A game system's outcome
 * may also hand the session its follow-up: a GM-consequence gate (when {@code consequenceGateId} is given) and the
 * spotlight on the GM.
 *
 * @param consequenceGateId when given, a {@code gm_consequence} gate with this id opens for the session's GMs
 * @param spotlightToGm     the spotlight goes to the GM (unless it is already there)
 */
public record ApplyOutcome(CampaignId campaignId, SessionId sessionId, long rollSeq, String requestId,
                           java.util.List<CharacterId> targets, boolean requiresComplication, FreeText summary,
                           GateId consequenceGateId, boolean spotlightToGm) implements CampaignScoped {
    /** An outcome without follow-up in the session. */
    public ApplyOutcome(CampaignId campaignId, SessionId sessionId, long rollSeq, String requestId,
                        java.util.List<CharacterId> targets, boolean requiresComplication, FreeText summary) {
        this(campaignId, sessionId, rollSeq, requestId, targets, requiresComplication, summary, null, false);
    }

    /** The session whose play stream decides this command. */
    @TargetAggregateIdentifier
    public SessionStreamId sessionStreamId() {
        return SessionStreamId.of(campaignId, sessionId);
    }
}
