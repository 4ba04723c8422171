package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ARMOR_SLOTS_OUT_OF_RANGE;

/**
 * A PC's Armor Slots: as many as the Armor Score (0..12), of which {@code marked} are marked. Marked slots stay
 * marked on armor that is taken off, so the caller keeps them with the armor.
 */
public record ArmorSlots(int marked, int score) {
    public ArmorSlots {
        Rejected.unless(score >= 0 && score <= Defense.MAX_ARMOR_SCORE, DAGGERHEART_ARMOR_SLOTS_OUT_OF_RANGE,
                "armor_score", "armor_score must be between 0 and " + Defense.MAX_ARMOR_SCORE + ", was " + score);
        Rejected.unless(marked >= 0 && marked <= score, DAGGERHEART_ARMOR_SLOTS_OUT_OF_RANGE, "armor_marked",
                "armor_marked must be between 0 and armor_score (" + score + "), was " + marked);
    }

    /** Unmarked slots, the ones that can still reduce damage. */
    public int available() {
        return score - marked;
    }
}
