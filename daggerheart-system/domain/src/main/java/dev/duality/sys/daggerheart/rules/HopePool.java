package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_HOPE_OUT_OF_RANGE;

/**
 * A PC's Hope: {@code hope} held, at most the Hope maximum of 6, which each scar lowers by one slot for good. Scars
 * are 0..6; a sixth scar takes the last Hope slot, which ends the character's story.
 */
public record HopePool(int hope, int scars) {
    public static final int MAX_SCARS = DaggerheartRules.HOPE_MAX;

    public HopePool {
        Rejected.unless(scars >= 0 && scars <= MAX_SCARS, DAGGERHEART_HOPE_OUT_OF_RANGE, "scars",
                "scars must be between 0 and " + MAX_SCARS + ", was " + scars);
        Rejected.unless(hope >= 0 && hope <= CharacterResources.hopeMax(scars), DAGGERHEART_HOPE_OUT_OF_RANGE, "hope",
                "hope must be between 0 and " + CharacterResources.hopeMax(scars) + " with " + scars + " scars, was "
                        + hope);
    }

    /** The most Hope this character can hold now. */
    public int max() {
        return CharacterResources.hopeMax(scars);
    }
}
