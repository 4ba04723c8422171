package dev.duality.sys.daggerheart.roll.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.session.api.SessionId;
import dev.duality.sys.daggerheart.rules.DualityResult;
import dev.duality.sys.daggerheart.rules.GmMove;
import dev.duality.sys.daggerheart.rules.Trait;

import java.util.List;

/**
 * {@code sys.daggerheart.action_roll_resolved}: what a Duality roll means, on the roller's sheet: the dice (as the
 * session's {@code action.roll_resolved} recorded them), everything added, the SRD result and what the result sets
 * in motion, which the roll's outcome later applies. Hope paid for Experiences is already spent ({@code hope}).
 *
 * @param advantage      the d6 as added: +d6, -d6 or 0
 * @param hopeGained     Hope the outcome gives the roller
 * @param stressCleared  Stress the outcome clears
 * @param fearGained     Fear the outcome gives the GM
 * @param hope           the roller's Hope after paying for Experiences
 */
public record ActionRollResolved(CampaignId campaignId, CharacterId characterId, SessionId sessionId, long rollSeq,
                                 Trait trait, int traitScore, List<String> experiences, int experienceBonus,
                                 int modifier, int hopeDie, int fearDie, int advantage, Integer difficulty,
                                 boolean reaction, int total, DualityResult result, int hopeGained,
                                 int stressCleared, int fearGained, boolean spotlightToGm, GmMove gmMove,
                                 boolean effectsIgnored, int hopeSpent, int hope) {
}
