package dev.duality.sys.daggerheart.rules;

import dev.duality.core.value.ValueRejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_EXPERIENCES_INVALID;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_EXPERIENCE_USED_TWICE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_MODIFIER_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.rules.Refusals.JOURNAL;
import static dev.duality.sys.daggerheart.rules.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class ExperienceTest {
    private static final Experience SAILOR = new Experience("Sailor", 2);
    private static final Experience NOBLE = new Experience("Noble Upbringing", 2);

    @Test
    void aNameIsTrimmedAndUpToSixtyFourCharacters() {
        assertThat(new Experience("  Sailor ", 2).name()).isEqualTo("Sailor");
        assertThat(new Experience("x".repeat(64), 2).name()).hasSize(64);
    }

    @Test
    void aBlankTooLongOrMissingNameIsRefused() {
        assertRefused(() -> new Experience("", 2), ValueRejection.NAME_INVALID, "name");
        assertRefused(() -> new Experience("x".repeat(65), 2), ValueRejection.NAME_INVALID, "name");
        assertRefused(() -> new Experience("a\nb", 2), ValueRejection.NAME_INVALID, "name");
        assertRefused(() -> new Experience(null, 2), ValueRejection.VALUE_REQUIRED, "name");
    }

    // modifiers 1..10 (our bounds: +2 at the start, only rising after)
    @ParameterizedTest(name = "+{0}")
    @ValueSource(ints = {0, -1, 11})
    void modifiersOutsideOneToTenAreRefused(int modifier) {
        assertRefused(() -> new Experience("Sailor", modifier), DAGGERHEART_MODIFIER_OUT_OF_RANGE, "modifier");
    }

    @ParameterizedTest(name = "+{0}")
    @ValueSource(ints = {1, 2, 10})
    void modifiersFromOneToTenAreAllowed(int modifier) {
        assertThat(new Experience("Sailor", modifier).modifier()).isEqualTo(modifier);
    }

    // SRD character creation step 7: "2 Experiences at +2"
    @Test
    void aNewCharacterWritesTwoExperiencesAtPlusTwo() {
        assertThat(CharacterCreation.requireStartingExperiences(List.of(SAILOR, NOBLE))).containsExactly(SAILOR, NOBLE);
    }

    @Test
    void oneThreeOrNoExperiencesAreRefused() {
        Experience third = new Experience("Thief", 2);
        assertRefused(() -> CharacterCreation.requireStartingExperiences(List.of(SAILOR)),
                DAGGERHEART_EXPERIENCES_INVALID, "experiences");
        assertRefused(() -> CharacterCreation.requireStartingExperiences(List.of(SAILOR, NOBLE, third)),
                DAGGERHEART_EXPERIENCES_INVALID, "experiences");
        assertRefused(() -> CharacterCreation.requireStartingExperiences(List.of()),
                DAGGERHEART_EXPERIENCES_INVALID, "experiences");
        assertRefused(() -> CharacterCreation.requireStartingExperiences(null), ValueRejection.VALUE_REQUIRED,
                "experiences");
    }

    @ParameterizedTest(name = "+{0} and +{1}")
    @CsvSource({"3, 2", "2, 1", "1, 3"})
    void startingExperiencesNotAtPlusTwoAreRefused(int first, int second) {
        List<Experience> experiences = List.of(new Experience("Sailor", first), new Experience("Thief", second));
        assertRefused(() -> CharacterCreation.requireStartingExperiences(experiences), DAGGERHEART_EXPERIENCES_INVALID,
                "experiences");
    }

    @Test
    void theSameExperienceWrittenTwiceIsRefused() {
        assertRefused(() -> CharacterCreation.requireStartingExperiences(
                        List.of(SAILOR, new Experience("SAILOR", 2))),
                DAGGERHEART_EXPERIENCES_INVALID, "experiences");
    }

    // SRD: "Spend 1 Hope per Experience to add its modifier. Several Experiences may go on one roll."
    @Test
    void eachChosenExperienceCostsOneHopeAndAddsItsModifier() {
        assertThat(DualityRolls.experienceBonus(List.of()))
                .isEqualTo(new DualityRolls.ExperienceBonus(0, 0));
        assertThat(DualityRolls.experienceBonus(List.of(SAILOR)))
                .isEqualTo(new DualityRolls.ExperienceBonus(1, 2));
        assertThat(DualityRolls.experienceBonus(List.of(SAILOR, new Experience("Thief", 3))))
                .isEqualTo(new DualityRolls.ExperienceBonus(2, 5));
        assertThat(DualityRolls.experienceBonus(List.of(SAILOR, NOBLE, new Experience("Thief", 4))))
                .isEqualTo(new DualityRolls.ExperienceBonus(3, 8));
    }

    @Test
    void oneExperienceCannotBeUsedTwiceOnARoll() {
        assertRefused(() -> DualityRolls.experienceBonus(List.of(SAILOR, new Experience("sailor", 2))),
                DAGGERHEART_EXPERIENCE_USED_TWICE, "experiences");
        assertRefused(() -> DualityRolls.experienceBonus(null), ValueRejection.VALUE_REQUIRED, "experiences");
    }

    @Test
    void anExperienceIsWrittenAsNameAndModifier() throws Exception {
        String json = JOURNAL.writeValueAsString(SAILOR);
        assertThat(json).isEqualTo("{\"name\":\"Sailor\",\"modifier\":2}");
        assertThat(JOURNAL.readValue(json, Experience.class)).isEqualTo(SAILOR);
    }
}
