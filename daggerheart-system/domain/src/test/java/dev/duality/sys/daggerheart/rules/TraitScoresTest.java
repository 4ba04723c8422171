package dev.duality.sys.daggerheart.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_TRAITS_NOT_STARTING_ARRAY;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_TRAIT_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.rules.Refusals.JOURNAL;
import static dev.duality.sys.daggerheart.rules.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class TraitScoresTest {

    // SRD character creation step 3 / "Trait array = +2, +1, +1, 0, 0, -1", in several orders
    @ParameterizedTest(name = "agi {0} str {1} fin {2} ins {3} pre {4} kno {5}")
    @CsvSource({
            " 2,  1,  1,  0,  0, -1",
            "-1,  0,  0,  1,  1,  2",
            " 0,  2, -1,  1,  0,  1",
            " 1,  0,  2,  0, -1,  1",
            " 0, -1,  1,  2,  1,  0"})
    void theStartingArrayInAnyOrderIsAccepted(int agility, int strength, int finesse, int instinct, int presence,
                                              int knowledge) {
        TraitScores traits = new TraitScores(agility, strength, finesse, instinct, presence, knowledge);
        assertThat(CharacterCreation.requireStartingTraits(traits)).isEqualTo(traits);
    }

    @ParameterizedTest(name = "agi {0} str {1} fin {2} ins {3} pre {4} kno {5}")
    @CsvSource({
            " 2,  2,  1,  0,  0, -1",   // two +2
            " 2,  1,  1,  0,  0,  0",   // no -1
            " 2,  1,  1,  1,  0, -1",   // three +1
            " 0,  0,  0,  0,  0,  0",
            " 3,  1,  1,  0, -1, -1",   // same sum (3) as the array, other values
            " 2,  1,  0,  0,  0,  0"})  // the sum matches too
    void anythingElseIsRefusedNamingTraits(int agility, int strength, int finesse, int instinct, int presence,
                                           int knowledge) {
        TraitScores traits = new TraitScores(agility, strength, finesse, instinct, presence, knowledge);
        assertRefused(() -> CharacterCreation.requireStartingTraits(traits), DAGGERHEART_TRAITS_NOT_STARTING_ARRAY,
                "traits");
    }

    @Test
    void eachTraitReadsItsOwnScore() {
        TraitScores traits = new TraitScores(2, 1, -1, 0, 10, -5);
        assertThat(traits.score(Trait.AGILITY)).isEqualTo(2);
        assertThat(traits.score(Trait.STRENGTH)).isEqualTo(1);
        assertThat(traits.score(Trait.FINESSE)).isEqualTo(-1);
        assertThat(traits.score(Trait.INSTINCT)).isZero();
        assertThat(traits.score(Trait.PRESENCE)).isEqualTo(10);
        assertThat(traits.score(Trait.KNOWLEDGE)).isEqualTo(-5);
    }

    // bounds -5..+10 (our choice, documented on TraitScores); each trait names its own field
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "AGILITY,   -6, traits.agility",
            "STRENGTH,  11, traits.strength",
            "FINESSE,   -6, traits.finesse",
            "INSTINCT,  11, traits.instinct",
            "PRESENCE,  -6, traits.presence",
            "KNOWLEDGE, 11, traits.knowledge"})
    void scoresOutsideMinusFiveToTenAreRefusedNamingTheTrait(Trait trait, int score, String field) {
        int[] s = new int[6];
        s[trait.ordinal()] = score;
        assertRefused(() -> new TraitScores(s[0], s[1], s[2], s[3], s[4], s[5]), DAGGERHEART_TRAIT_OUT_OF_RANGE,
                field);
    }

    @Test
    void theBoundsThemselvesAreAllowed() {
        assertThat(new TraitScores(-5, 10, -5, 10, -5, 10).scores()).containsExactly(-5, 10, -5, 10, -5, 10);
    }

    @Test
    void traitsAreWrittenAsAnObjectOfSnakeCaseNames() throws Exception {
        TraitScores traits = new TraitScores(2, 1, 1, 0, 0, -1);
        String json = JOURNAL.writeValueAsString(traits);
        assertThat(json).isEqualTo(
                "{\"agility\":2,\"strength\":1,\"finesse\":1,\"instinct\":0,\"presence\":0,\"knowledge\":-1}");
        assertThat(JOURNAL.readValue(json, TraitScores.class)).isEqualTo(traits);
    }
}
