package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.countdown.api.CountdownId;
import dev.duality.sys.daggerheart.rules.DowntimeMove;
import dev.duality.sys.daggerheart.rules.RestType;

/**
 * {@code sys.daggerheart.downtime_move.apply} (nested only): one downtime move of a rest, on the character it helps
 * ({@code characterId}: the mover, or the ally they tend or whose armor they repair). Sent by the rest's decision with
 * the recovery die the session rolled.
 *
 * @param byCharacterId who makes the move
 * @param benefits      the rest's benefits: on a short rest recovery clears the die + the mover's tier, on a long one
 *                      everything
 * @param die           the d4 of a recovery move on a short rest, else null
 * @param rollSeq       the session's roll of that die, else null
 * @param tier          the mover's tier
 * @param hope          Prepare: the Hope it gives (1, or 2 when preparing together); else 0
 * @param project       Work on a Project: the project's countdown; else null
 */
public record ApplyDowntimeMove(CampaignId campaignId, CharacterId characterId, CharacterId byCharacterId,
                                DowntimeMove move, RestType benefits, Integer die, Long rollSeq, int tier, int hope,
                                CountdownId project) implements CharacterCommand {
    public ApplyDowntimeMove {
        Values.required(campaignId, "campaign_id");
        Values.required(characterId, "character_id");
        Values.required(byCharacterId, "by_character_id");
        Values.required(move, "move");
        Values.required(benefits, "benefits");
    }
}
