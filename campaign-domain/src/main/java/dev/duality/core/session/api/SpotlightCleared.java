package dev.duality.core.session.api;

import dev.duality.core.campaign.api.*;

/** {@code session.spotlight_cleared}: nobody has the spotlight. */
public record SpotlightCleared(CampaignId campaignId, SessionId sessionId, FreeText reason) {
}
