package dev.duality.sys.daggerheart.adversary.api;

import dev.duality.core.action.api.RollResolved;

import java.util.List;

/**
 * What {@code sys.daggerheart.adversary_attack.resolve} decided: the session's dice, and for each target, in the
 * order the command named them, what the roll did to it.
 */
public record AdversaryAttackResult(RollResolved roll, List<AdversaryAttackResolved> targets) {
}
