package dev.duality.core.action.api;

import dev.duality.core.campaign.api.*;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.dice.DiceRoll;

/** {@code action.roll_resolved} (replay-only): a roll and its recorded dice; replay never rolls again. */
public record RollResolved(CampaignId campaignId, SessionId sessionId, long rollSeq, CharacterId characterId,
                           ShortCode label, DiceRoll roll) {
}
