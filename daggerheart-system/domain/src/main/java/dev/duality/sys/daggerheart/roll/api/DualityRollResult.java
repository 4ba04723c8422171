package dev.duality.sys.daggerheart.roll.api;

import dev.duality.core.action.api.RollResolved;

/** What {@code sys.daggerheart.action_roll.resolve} decided: the session's dice and what they mean on the sheet. */
public record DualityRollResult(RollResolved roll, ActionRollResolved duality) {
}
