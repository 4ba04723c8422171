package dev.duality.core.session.api;

import dev.duality.core.campaign.api.*;

/**
 * {@code session.ended}: play stopped.
 *
 * @param diceSeed the session's dice seed, revealed: anyone can check it against the commitment and re-run every
 *                 server roll of the session; null for a session that committed to none
 */
public record SessionEnded(CampaignId campaignId, SessionId sessionId, String diceSeed) {
    public SessionEnded(CampaignId campaignId, SessionId sessionId) {
        this(campaignId, sessionId, null);
    }
}
