package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.rules.DeathMove;
import dev.duality.sys.daggerheart.rules.DeathMoves;

/**
 * {@code sys.daggerheart.death_move.record} (nested only): the sheet of a fallen character records its death move with
 * the dice the session just rolled (roll {@code rollSeq}; none for Blaze of Glory). Sent only inside
 * {@code sys.daggerheart.death_move.apply}.
 *
 * @param hopeDie the Hope die (Avoid Death, Risk It All), or null
 * @param fearDie the Fear die (Risk It All), or null
 */
public record RecordDeathMove(CampaignId campaignId, CharacterId characterId, SessionId sessionId, Long rollSeq,
                              DeathMove move, Integer hopeDie, Integer fearDie, DeathMoves.RiskItAllSplit split)
        implements CharacterCommand {
    public RecordDeathMove {
        Values.required(campaignId, "campaign_id");
        Values.required(characterId, "character_id");
        Values.required(sessionId, "session_id");
        Values.required(move, "move");
        split = split == null ? DeathMoves.RiskItAllSplit.HP_FIRST : split;
    }
}
