package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.CharacterScoped;
import dev.duality.core.dice.Dice;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.value.ValueRejection;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.rules.DeathMove;
import dev.duality.sys.daggerheart.rules.DeathMoves;

import java.util.List;

/**
 * {@code sys.daggerheart.death_move.apply}: a character who marked their last HP makes their death move in the active
 * session. One decision: for Avoid Death the session rolls the Hope die (d12), for Risk It All the Duality Dice (Hope
 * d12, then Fear d12), from its seeded generator or as the table's physical dice; then the sheet records the move and
 * what it did. Blaze of Glory rolls nothing.
 *
 * @param physicalResults the table's dice (Hope die, then Fear die for Risk It All); null for server dice; never for
 *                        Blaze of Glory
 * @param split           Risk It All only: where the player wants the Hope die's value (HP and Stress to clear)
 */
public record ApplyDeathMove(CampaignId campaignId, CharacterId characterId, SessionId sessionId, DeathMove move,
                             List<Integer> physicalResults, DeathMoves.RiskItAllSplit split)
        implements CharacterScoped {
    public ApplyDeathMove {
        Values.required(campaignId, "campaign_id");
        Values.required(characterId, "character_id");
        Values.required(sessionId, "session_id");
        Values.required(move, "move");
        physicalResults = physicalResults == null ? null
                : Values.elements(physicalResults, Dice.PHYSICAL_RESULTS);
        Rejected.unless(move.dice() > 0 || physicalResults == null, ValueRejection.VALUE_OUT_OF_RANGE,
                Dice.PHYSICAL_RESULTS, "a Blaze of Glory rolls no dice: leave physical_results out");
        if (move != DeathMove.RISK_IT_ALL && split != null) {
            String field = split.clearHp() != null ? "clear_hp" : "clear_stress";
            Rejected.unless(split.clearHp() == null && split.clearStress() == null, ValueRejection.VALUE_OUT_OF_RANGE,
                    field, "only Risk It All clears HP and Stress: leave " + field + " out");
        }
        split = split == null ? DeathMoves.RiskItAllSplit.HP_FIRST : split;
    }
}
