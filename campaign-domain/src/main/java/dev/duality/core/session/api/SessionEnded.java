package dev.duality.core.session.api;

import dev.duality.core.campaign.api.*;

/** {@code session.ended}: play stopped. */
public record SessionEnded(CampaignId campaignId, SessionId sessionId) {
}
