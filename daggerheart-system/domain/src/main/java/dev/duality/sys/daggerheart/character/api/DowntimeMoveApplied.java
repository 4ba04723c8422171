package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.sys.daggerheart.countdown.api.CountdownId;
import dev.duality.sys.daggerheart.rules.ConditionSet;
import dev.duality.sys.daggerheart.rules.DowntimeMove;
import dev.duality.sys.daggerheart.rules.RestType;

/**
 * {@code sys.daggerheart.downtime_move_applied}: a downtime move helped {@code characterId}; the tracks after it are
 * recorded, folding only copies them.
 *
 * @param cleared    HP, Stress or Armor Slots the move cleared (0 for Prepare and projects)
 * @param hopeGained Hope the move gave (Prepare)
 */
public record DowntimeMoveApplied(CampaignId campaignId, CharacterId characterId, CharacterId byCharacterId,
                                  DowntimeMove move, RestType benefits, Integer die, Long rollSeq, int cleared,
                                  int hopeGained, int hpMarked, int stressMarked, int armorMarked, int hope,
                                  LifeState lifeState, ConditionSet conditions, CountdownId project) {
}
