package dev.duality.core.session.api;

import dev.duality.core.campaign.api.*;

/** {@code session.spotlight_set}: the spotlight is on the GM or a character. */
public record SpotlightSet(CampaignId campaignId, SessionId sessionId, SpotlightType spotlightType,
                           CharacterId characterId) {
}
