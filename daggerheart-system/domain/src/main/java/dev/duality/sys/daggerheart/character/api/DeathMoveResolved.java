package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.session.api.SessionId;
import dev.duality.sys.daggerheart.rules.ConditionSet;
import dev.duality.sys.daggerheart.rules.DeathMove;

/**
 * {@code sys.daggerheart.death_move_resolved}: a fallen character's death move, the dice that decided it (as the
 * session's roll {@code rollSeq} recorded them) and the character afterwards.
 *
 * @param rollSeq       the session roll, or null for Blaze of Glory
 * @param hopeDie       the Hope die, or null for Blaze of Glory
 * @param fearDie       the Fear die (Risk It All only), or null
 * @param level         the character's level, which Avoid Death's Hope die is compared with
 * @param scarTaken     Avoid Death took a scar: one Hope slot less for good
 * @param hpCleared     HP Risk It All cleared
 * @param stressCleared Stress Risk It All cleared
 * @param lifeState     blaze_of_glory, unconscious, alive or dead
 */
public record DeathMoveResolved(CampaignId campaignId, CharacterId characterId, SessionId sessionId, Long rollSeq,
                                DeathMove move, Integer hopeDie, Integer fearDie, int level, boolean scarTaken,
                                int hpCleared, int stressCleared, int hpMarked, int stressMarked, int hope,
                                int hopeMax, LifeState lifeState, ConditionSet conditions) {
}
