package dev.duality.sys.daggerheart.adversary.api;

import java.util.List;

/**
 * What {@code sys.daggerheart.adversary_damage.apply} decided: the damage to the adversary named, and the minions in
 * range its overflow defeated, in the order they fell.
 */
public record AdversaryDamageResult(AdversaryDamageApplied damage, List<AdversaryDamageApplied> minionsDefeated) {
}
