package dev.duality.sys.daggerheart.character;

import dev.duality.core.value.ValueRejection;
import dev.duality.core.testing.FakeAggregateLookup;
import dev.duality.sys.daggerheart.character.api.CreateDaggerheartCharacter;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterCreated;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import dev.duality.sys.daggerheart.character.api.LifeState;
import dev.duality.sys.daggerheart.rules.CreationStep;
import dev.duality.sys.daggerheart.rules.Subclass;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.duality.core.testing.Rejections.assertRefused;
import static dev.duality.core.testing.Rejections.assertRejected;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CHARACTER_SHEET_EXISTS;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_SUBCLASS_NOT_OF_CLASS;
import static dev.duality.sys.daggerheart.character.Sheets.CAMPAIGN;
import static dev.duality.sys.daggerheart.character.Sheets.HERO;
import static dev.duality.sys.daggerheart.character.Sheets.guardian;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code sys.daggerheart.character.create}: the level-1 sheet of character creation step 4. */
class CharacterCreationTest {
    private final FixtureConfiguration<DaggerheartCharacter> fixture = Sheets.fixture(new FakeAggregateLookup());

    // SRD class table, "Starting HP" and "Starting Evasion" rows; every class starts with 6 Stress slots, 2 of 6 Hope,
    // Proficiency 1 and, unarmored, Armor Score 0 and thresholds Major = level = 1, Severe = 2 x level = 2
    @ParameterizedTest(name = "{0}: {1} HP, Evasion {2}")
    @CsvSource({
            "BARD,     5, 10",
            "DRUID,    6, 10",
            "GUARDIAN, 7,  9",
            "RANGER,   6, 12",
            "ROGUE,    6, 12",
            "SERAPH,   7,  9",
            "SORCERER, 6, 10",
            "WARRIOR,  6, 11",
            "WIZARD,   5, 11"})
    void eachClassStartsWithItsHpAndEvasion(DaggerheartClass characterClass, int hp, int evasion) {
        fixture.givenNoPriorActivity()
                .when(new CreateDaggerheartCharacter(CAMPAIGN, HERO, characterClass, null))
                .expectEvents(new DaggerheartCharacterCreated(CAMPAIGN, HERO, characterClass, null,
                        1, hp, 6, 2, 6, evasion, 1, 0, 1, 2, List.of()));
    }

    @Test
    void aNewSheetIsUnarmoredWithNothingMarkedAndEveryCreationStepStillOpen() {
        fixture.givenNoPriorActivity()
                .when(new CreateDaggerheartCharacter(CAMPAIGN, HERO, DaggerheartClass.GUARDIAN, null))
                .expectEvents(guardian())
                .expectState(sheet -> {
                    assertThat(sheet.campaignId()).isEqualTo(CAMPAIGN);
                    assertThat(sheet.hope()).isEqualTo(2);
                    assertThat(sheet.hopeMax()).isEqualTo(6);
                    assertThat(sheet.stressMarked()).isZero();
                    assertThat(sheet.lifeState()).isEqualTo(LifeState.ALIVE);
                    assertThat(sheet.missingSteps()).containsExactly(CreationStep.values());
                });
    }

    @Test
    void aSubclassChosenWithTheClassCompletesTheFirstStep() {
        fixture.givenNoPriorActivity()
                .when(new CreateDaggerheartCharacter(CAMPAIGN, HERO, DaggerheartClass.ROGUE, Subclass.SYNDICATE))
                .expectEvents(new DaggerheartCharacterCreated(CAMPAIGN, HERO, DaggerheartClass.ROGUE,
                        Subclass.SYNDICATE, 1, 6, 6, 2, 6, 12, 1, 0, 1, 2, List.of(CreationStep.CLASS_SUBCLASS)))
                .expectState(sheet -> assertThat(sheet.missingSteps()).doesNotContain(CreationStep.CLASS_SUBCLASS)
                        .hasSize(8));
    }

    @Test
    void aSubclassOfAnotherClassIsRefused() {
        // Syndicate is a Rogue subclass; the Guardian's are Stalwart and Vengeance
        assertRefused(fixture.givenNoPriorActivity()
                        .when(new CreateDaggerheartCharacter(CAMPAIGN, HERO, DaggerheartClass.GUARDIAN,
                                Subclass.SYNDICATE)),
                DAGGERHEART_SUBCLASS_NOT_OF_CLASS, "subclass");
    }

    @Test
    void aSecondSheetForTheSameCharacterIsRefused() {
        assertRefused(fixture.given(guardian())
                        .when(new CreateDaggerheartCharacter(CAMPAIGN, HERO, DaggerheartClass.ROGUE, null)),
                DAGGERHEART_CHARACTER_SHEET_EXISTS, "character_id");
    }

    @Test
    void aSecondSheetIsRefusedEvenForTheSameClass() {
        assertRefused(fixture.given(guardian())
                        .when(new CreateDaggerheartCharacter(CAMPAIGN, HERO, DaggerheartClass.GUARDIAN, null)),
                DAGGERHEART_CHARACTER_SHEET_EXISTS, "character_id");
    }

    @Test
    void aMissingClassIsRefusedNamingTheField() {
        assertRejected(() -> new CreateDaggerheartCharacter(CAMPAIGN, HERO, null, null),
                ValueRejection.VALUE_REQUIRED, "character_class");
    }

    @Test
    void theSheetIsAddressedByCampaignAndCharacter() {
        // character ids are unique per campaign only, so the campaign is part of the sheet's id
        assertThat(new CreateDaggerheartCharacter(CAMPAIGN, HERO, DaggerheartClass.BARD, null).sheetId())
                .hasToString("daggerheart:character:campaign-1:hero-1");
    }
}
