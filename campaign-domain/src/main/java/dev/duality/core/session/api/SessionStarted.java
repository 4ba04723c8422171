package dev.duality.core.session.api;

import dev.duality.core.campaign.api.*;

/** {@code session.started}: play began. */
public record SessionStarted(CampaignId campaignId, SessionId sessionId, Name name) {
}
