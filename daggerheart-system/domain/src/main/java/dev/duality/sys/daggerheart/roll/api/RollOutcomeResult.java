package dev.duality.sys.daggerheart.roll.api;

import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.session.api.GateId;
import dev.duality.sys.daggerheart.countdown.api.CountdownsAdvancedByRoll;
import dev.duality.sys.daggerheart.rules.DualityResult;

/**
 * What {@code sys.daggerheart.roll_outcome.apply} did.
 *
 * @param fearGained     Fear the GM gained (0 when the pool was already full: Fear past 12 is lost)
 * @param fearLost       Fear the result gave that the cap of 12 cut off
 * @param hopeGained     Hope the roller gained (less than the result gives when their Hope was near its maximum)
 * @param stressCleared  Stress the roller cleared
 * @param consequenceGateId the GM-consequence gate the outcome opened, or null
 * @param countdowns     the campaign's countdowns the roll advanced, and those it skipped
 */
public record RollOutcomeResult(long rollSeq, CharacterId characterId, DualityResult result, int fearGained,
                                int fearLost, int hopeGained, int stressCleared, GateId consequenceGateId,
                                boolean spotlightToGm, CountdownsAdvancedByRoll countdowns) {
}
