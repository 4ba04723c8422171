package dev.duality.sys.daggerheart.adversary.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.session.api.SessionId;
import dev.duality.sys.daggerheart.rules.DamageType;
import dev.duality.sys.daggerheart.rules.Severity;

import java.util.Set;

/**
 * {@code sys.daggerheart.adversary_damage_applied}: one damage resolved against one adversary, shaped like a
 * character's {@code damage_applied} (without Armor Slots, which adversaries do not have).
 *
 * @param amount             the damage as dealt (for a minion felled by overflow: its Minion (X) value)
 * @param mitigatedAmount    after immunity and resistance, as compared with the thresholds
 * @param severity           the band by the thresholds; minor for any damage to a minion
 * @param hpMarks            HP the damage marked (fewer if the track was nearly full)
 * @param majorThreshold     the thresholds it was compared with; null for a minion
 * @param hpMarked           HP marked after
 * @param defeated           every HP is marked: the adversary is defeated
 * @param minionOverflowFrom the minion whose damage spilled over onto this one, or null
 */
public record AdversaryDamageApplied(CampaignId campaignId, SessionId sessionId, AdversaryId adversaryId, int amount,
                                     Set<DamageType> damageTypes, int mitigatedAmount, Severity severity, int hpMarks,
                                     boolean resisted, boolean immune, boolean massive, Integer majorThreshold,
                                     Integer severeThreshold, int hpMarked, boolean defeated,
                                     AdversaryId minionOverflowFrom, ShortCode source, Long rollSeq) {
}
