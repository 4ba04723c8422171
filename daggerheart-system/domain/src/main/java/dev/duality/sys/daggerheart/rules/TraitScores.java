package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;

import java.util.List;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_TRAIT_OUT_OF_RANGE;

/**
 * A character's six trait scores. Each is kept in {@value #MIN}..{@value #MAX}: creation gives -1..+2, the trait
 * advancement adds at most +1 per tier (+3 by level 10) and features add a little more, so +10 and -5 leave room for
 * any SRD build while still refusing garbage.
 */
public record TraitScores(int agility, int strength, int finesse, int instinct, int presence, int knowledge) {
    public static final int MIN = -5;
    public static final int MAX = 10;

    public TraitScores {
        require(Trait.AGILITY, agility);
        require(Trait.STRENGTH, strength);
        require(Trait.FINESSE, finesse);
        require(Trait.INSTINCT, instinct);
        require(Trait.PRESENCE, presence);
        require(Trait.KNOWLEDGE, knowledge);
    }

    /** The score of one trait. */
    public int score(Trait trait) {
        return switch (trait) {
            case AGILITY -> agility;
            case STRENGTH -> strength;
            case FINESSE -> finesse;
            case INSTINCT -> instinct;
            case PRESENCE -> presence;
            case KNOWLEDGE -> knowledge;
        };
    }

    /** The six scores in {@link Trait} order. */
    public List<Integer> scores() {
        return List.of(agility, strength, finesse, instinct, presence, knowledge);
    }

    private static void require(Trait trait, int score) {
        Rejected.unless(score >= MIN && score <= MAX, DAGGERHEART_TRAIT_OUT_OF_RANGE, trait.field(),
                trait.field() + " must be between " + MIN + " and " + MAX + ", was " + score);
    }
}
