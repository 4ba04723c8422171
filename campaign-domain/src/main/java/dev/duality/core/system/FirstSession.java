package dev.duality.core.system;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;

import java.util.List;

/** What a game system learns when a campaign starts its very first session. */
public record FirstSession(CampaignId campaignId, List<CharacterId> playerCharacters, List<CharacterId> characters) {
}
