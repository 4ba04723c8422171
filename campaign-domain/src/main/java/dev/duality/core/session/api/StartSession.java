package dev.duality.core.session.api;

import dev.duality.core.campaign.api.*;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * {@code session.start}: start a session once the table is ready; the first one activates the campaign.
 *
 * @param diceSeed the secret seed of the session's server dice ({@link dev.duality.core.dice.FairDice}), drawn by the
 *                 caller; null: the session commits to none and each server roll draws its own seed
 */
public record StartSession(@TargetAggregateIdentifier CampaignId campaignId, SessionId sessionId, Name name,
                           String diceSeed) implements CampaignScoped {
    public StartSession(CampaignId campaignId, SessionId sessionId, Name name) {
        this(campaignId, sessionId, name, null);
    }
}
