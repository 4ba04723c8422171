package dev.duality.sys.daggerheart.rules;

import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.gm.api.GmFear;

/** Changes to the GM's Fear pool that the rules (not the GM) cause. */
public final class Fear {
    private Fear() {
    }

    /** Fear gained: the pool afterwards, how much was gained, and how much the cap of 12 cut off. */
    public record FearGained(GmFear after, int gained, int lostToCap) {
    }

    /**
     * The GM gains Fear (a roll with Fear, a rest, a feature), up to 12; the excess is lost, but whatever caused the
     * gain still happens.
     */
    public static FearGained gain(GmFear before, int amount) {
        Values.required(before, "before");
        Checks.notNegative(amount, "amount");
        int gained = Math.min(DaggerheartRules.GM_FEAR_MAX - before.value(), amount);
        return new FearGained(new GmFear(before.value() + gained), gained, amount - gained);
    }
}
