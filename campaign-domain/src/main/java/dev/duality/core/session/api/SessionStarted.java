package dev.duality.core.session.api;

import dev.duality.core.campaign.api.*;

/**
 * {@code session.started}: play began.
 *
 * @param diceCommitment the SHA-256 of the session's dice seed, published now ({@link dev.duality.core.dice.FairDice});
 *                       null for a session that committed to none
 * @param diceSeedSecret the seed itself, kept for the session's rolls and revealed when it ends; never shown before
 *                       (the timeline leaves out fields named "…Secret")
 */
public record SessionStarted(CampaignId campaignId, SessionId sessionId, Name name, String diceCommitment,
                             String diceSeedSecret) {
    public SessionStarted(CampaignId campaignId, SessionId sessionId, Name name) {
        this(campaignId, sessionId, name, null, null);
    }
}
