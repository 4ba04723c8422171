package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_MODIFIER_OUT_OF_RANGE;

/**
 * An Experience: a short name and the bonus it adds to a roll when a Hope is spent on it. Modifiers are kept in
 * {@value #MIN_MODIFIER}..{@value #MAX_MODIFIER}: they start at +2 and only grow (+1 advancements, Clank's +1), so
 * anything else is a typo.
 */
public record Experience(String name, int modifier) {
    public static final int MAX_NAME_LENGTH = 64;
    public static final int MIN_MODIFIER = 1;
    public static final int MAX_MODIFIER = 10;
    /** Every Experience written at creation or gained at levels 2, 5 and 8 starts at +2. */
    public static final int STARTING_MODIFIER = 2;

    public Experience {
        name = Values.name(name, "name", MAX_NAME_LENGTH);
        Rejected.unless(modifier >= MIN_MODIFIER && modifier <= MAX_MODIFIER, DAGGERHEART_MODIFIER_OUT_OF_RANGE,
                "modifier", "modifier must be between " + MIN_MODIFIER + " and " + MAX_MODIFIER + ", was " + modifier);
    }
}
