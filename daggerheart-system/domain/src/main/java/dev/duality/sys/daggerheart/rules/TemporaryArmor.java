package dev.duality.sys.daggerheart.rules;

import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.value.Values;

/**
 * Armor Slots a feature or effect adds for a while (e.g. a spell's +2 Armor Score until the next rest): where they
 * come from, how long they last and how many they are (1 or more). They vanish when the effect ends.
 */
public record TemporaryArmor(ShortCode source, EffectDuration duration, int amount) {
    public TemporaryArmor {
        Values.required(source, "source");
        Values.required(duration, "duration");
        Values.range(amount, 1, Defense.MAX_ARMOR_SCORE, "amount");
    }
}
