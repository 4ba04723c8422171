package dev.duality.core.system;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.session.api.SessionId;

import java.util.List;

/**
 * What a game system learns when one of its campaign's sessions ends: the session and the campaign's live characters
 * (player characters and all of them, in the roster's order), as {@link FirstSession} gives them at the first start.
 */
public record SessionEnd(CampaignId campaignId, SessionId sessionId, List<CharacterId> playerCharacters,
                         List<CharacterId> characters) {
}
