package dev.duality.sys.daggerheart.roll.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CampaignScoped;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.value.Values;

/**
 * {@code sys.daggerheart.roll_outcome.apply}: apply what a Duality roll's result sets in motion, exactly once, in one
 * decision: with Fear (an action roll, not critical) the GM gains 1 Fear (Fear past 12 is lost, the rest still
 * applies); with Hope the roller gains 1 Hope up to their maximum and a critical also clears 1 Stress; an action roll
 * (not a reaction) advances the campaign's standard countdowns by 1 and its dynamic ones by the dynamic table; then
 * the roll is marked done on the sheet, and the session records the outcome, opening a GM-consequence gate with the spotlight
 * on the GM after a result with Fear, and handing the GM the spotlight after a failure.
 *
 * @param requestId the outcome's request id (the client's Idempotency-Key)
 */
public record ApplyRollOutcome(CampaignId campaignId, SessionId sessionId, long rollSeq, String requestId)
        implements CampaignScoped {
    public ApplyRollOutcome {
        Values.required(campaignId, "campaign_id");
        Values.required(sessionId, "session_id");
    }
}
