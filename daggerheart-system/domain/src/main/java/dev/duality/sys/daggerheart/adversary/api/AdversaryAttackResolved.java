package dev.duality.sys.daggerheart.adversary.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.session.api.SessionId;
import dev.duality.sys.daggerheart.rules.DamageDice;
import dev.duality.sys.daggerheart.rules.DamageType;

import java.util.List;
import java.util.Set;

/**
 * {@code sys.daggerheart.adversary_attack_resolved}: an adversary's attack roll against one character, in that
 * character's stream: the d20 and modifier against the character's Evasion, and the damage the character takes when
 * {@code damage.apply} names this roll.
 *
 * @param total         the d20 plus the attack modifier
 * @param evasion       the target's Evasion when attacked
 * @param hit           the total reached the Evasion, or a natural 20
 * @param critical      a natural 20: the damage adds the dice's maximum
 * @param damageResults one value per damage die, rolled with the d20 (also on a miss, when they deal nothing)
 * @param damage        the damage the character takes; 0 on a miss
 * @param attackReduced the damage is a horde's reduced damage (half or more of its HP marked)
 */
public record AdversaryAttackResolved(CampaignId campaignId, CharacterId characterId, SessionId sessionId,
                                      long rollSeq, AdversaryId adversaryId, String attackName, int attackDie,
                                      int attackModifier, int total, int evasion, boolean hit, boolean critical,
                                      DamageDice damageDice, List<Integer> damageResults, int damage,
                                      Set<DamageType> damageTypes, boolean attackReduced) {
}
