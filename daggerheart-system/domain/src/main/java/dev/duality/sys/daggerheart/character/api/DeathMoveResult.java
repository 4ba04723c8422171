package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.action.api.RollResolved;

/** What {@code death_move.apply} answers: the session's roll (null for Blaze of Glory) and the death move recorded. */
public record DeathMoveResult(RollResolved roll, DeathMoveResolved resolved) {
}
