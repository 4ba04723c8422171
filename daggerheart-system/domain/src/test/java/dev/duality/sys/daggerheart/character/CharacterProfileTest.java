package dev.duality.sys.daggerheart.character;

import dev.duality.core.campaign.api.Name;
import dev.duality.core.testing.FakeAggregateLookup;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterCreated;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import dev.duality.sys.daggerheart.character.api.Equipment;
import dev.duality.sys.daggerheart.character.api.Heritage;
import dev.duality.sys.daggerheart.character.api.LifeState;
import dev.duality.sys.daggerheart.rules.Ancestry;
import dev.duality.sys.daggerheart.rules.ArmorPreset;
import dev.duality.sys.daggerheart.rules.Community;
import dev.duality.sys.daggerheart.rules.CreationStep;
import dev.duality.sys.daggerheart.rules.Domain;
import dev.duality.sys.daggerheart.rules.DomainCard;
import dev.duality.sys.daggerheart.rules.DomainCardType;
import dev.duality.sys.daggerheart.rules.Experience;
import dev.duality.sys.daggerheart.rules.Gold;
import dev.duality.sys.daggerheart.rules.Subclass;
import dev.duality.sys.daggerheart.rules.TraitScores;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static dev.duality.core.testing.Rejections.assertRefused;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CARD_DOMAIN_NOT_OF_CLASS;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CARD_DUPLICATE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CARD_LEVEL_TOO_HIGH;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_EXPERIENCES_INVALID;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_PROFILE_UPDATE_EMPTY;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_STARTING_CARDS_INVALID;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_SUBCLASS_NOT_OF_CLASS;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_TRAITS_NOT_STARTING_ARRAY;
import static dev.duality.sys.daggerheart.character.Sheets.A_SOLDIERS_BOND;
import static dev.duality.sys.daggerheart.character.Sheets.BACKGROUND;
import static dev.duality.sys.daggerheart.character.Sheets.BODYGUARD;
import static dev.duality.sys.daggerheart.character.Sheets.CARDS;
import static dev.duality.sys.daggerheart.character.Sheets.CONNECTIONS;
import static dev.duality.sys.daggerheart.character.Sheets.DESCRIPTION;
import static dev.duality.sys.daggerheart.character.Sheets.EXPERIENCES;
import static dev.duality.sys.daggerheart.character.Sheets.GET_BACK_UP;
import static dev.duality.sys.daggerheart.character.Sheets.HERITAGE;
import static dev.duality.sys.daggerheart.character.Sheets.RUNE_WARD;
import static dev.duality.sys.daggerheart.character.Sheets.TRAITS;
import static dev.duality.sys.daggerheart.character.Sheets.VETERAN;
import static dev.duality.sys.daggerheart.character.Sheets.WHIRLWIND;
import static dev.duality.sys.daggerheart.character.Sheets.guardian;
import static dev.duality.sys.daggerheart.character.Sheets.leather;
import static dev.duality.sys.daggerheart.character.Sheets.profileUpdate;
import static dev.duality.sys.daggerheart.character.Sheets.profileUpdated;
import static dev.duality.sys.daggerheart.character.Sheets.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * {@code sys.daggerheart.character_profile.update}: the creation steps after the sheet exists, checked against the
 * creation rules, and the numbers the ancestry and armor change. The sheet is the level-1 Guardian of {@link Sheets}:
 * 7 HP, 6 Stress, Evasion 9, Proficiency 1, unarmored 1/2.
 */
class CharacterProfileTest {
    private final FixtureConfiguration<DaggerheartCharacter> fixture = Sheets.fixture(new FakeAggregateLookup());

    // --- steps ----------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(CreationStep.class)
    void eachPartIsRecordedAndCompletesItsStep(CreationStep step) {
        fixture.given(guardian())
                .when(profileUpdate().part(step).build())
                .expectEvents(profileUpdated().part(step).steps(step).build())
                .expectState(sheet -> assertThat(sheet.missingSteps()).doesNotContain(step).hasSize(8));
    }

    @Test
    void stepsDoneEarlierStayDoneAndAreRecordedInTheOrderOfCreation() {
        fixture.given(guardian(), profileUpdated().background(BACKGROUND).steps(CreationStep.BACKGROUND).build())
                .when(profileUpdate().traits(TRAITS).build())
                .expectEvents(profileUpdated().traits(TRAITS).steps(CreationStep.TRAITS, CreationStep.BACKGROUND)
                        .build());
    }

    @Test
    void aSubclassChosenAtCreationCountsAsDone() {
        fixture.given(new DaggerheartCharacterCreated(Sheets.CAMPAIGN,
                        Sheets.HERO, DaggerheartClass.GUARDIAN,
                        Subclass.VENGEANCE, 1, 7, 6, 2, 6, 9, 1, 0, 1, 2, List.of(CreationStep.CLASS_SUBCLASS)))
                .when(profileUpdate().heritage(HERITAGE).build())
                .expectEvents(profileUpdated().heritage(HERITAGE)
                        .steps(CreationStep.CLASS_SUBCLASS, CreationStep.HERITAGE).build());
    }

    @Test
    void aFullProfileCompletesAllNineStepsAndMakesTheCharacterReady() {
        fixture.given(guardian())
                .when(profileUpdate().subclass(Subclass.STALWART).heritage(HERITAGE).traits(TRAITS)
                        .equipment(Sheets.UNARMORED).experiences(EXPERIENCES).domainCards(CARDS)
                        .description(DESCRIPTION).background(BACKGROUND).connections(CONNECTIONS)
                        .gold(Gold.STARTING).build())
                .expectEvents(profileUpdated().subclass(Subclass.STALWART).heritage(HERITAGE).traits(TRAITS)
                        .equipment(Sheets.UNARMORED).experiences(EXPERIENCES).domainCards(CARDS)
                        .description(DESCRIPTION).background(BACKGROUND).connections(CONNECTIONS)
                        .gold(Gold.STARTING).steps(CreationStep.values()).build())
                .expectState(sheet -> assertThat(sheet.missingSteps()).isEmpty());
    }

    @Test
    void goldAloneIsRecordedButCompletesNoStep() {
        // starting inventory: 1 handful of gold; the purse is not one of the nine steps
        fixture.given(guardian())
                .when(profileUpdate().gold(Gold.STARTING).build())
                .expectEvents(profileUpdated().gold(Gold.STARTING).build())
                .expectState(sheet -> assertThat(sheet.missingSteps()).hasSize(9));
    }

    @Test
    void aStepMayBeChangedAgain() {
        fixture.given(guardian(), profileUpdated().subclass(Subclass.STALWART).steps(CreationStep.CLASS_SUBCLASS)
                        .build())
                .when(profileUpdate().subclass(Subclass.VENGEANCE).build())
                .expectEvents(profileUpdated().subclass(Subclass.VENGEANCE).steps(CreationStep.CLASS_SUBCLASS).build());
    }

    @Test
    void anEmptyUpdateIsRefused() {
        assertRefused(fixture.given(guardian()).when(profileUpdate().build()), DAGGERHEART_PROFILE_UPDATE_EMPTY, null);
    }

    // --- step 1: subclass -----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Subclass.class, names = {"STALWART", "VENGEANCE"}, mode = EnumSource.Mode.EXCLUDE)
    void aSubclassOfAnotherClassIsRefused(Subclass subclass) {
        assertRefused(fixture.given(guardian()).when(profileUpdate().subclass(subclass).build()),
                DAGGERHEART_SUBCLASS_NOT_OF_CLASS, "subclass");
    }

    @Test
    void oneRefusedPartRefusesTheWholeUpdate() {
        assertRefused(fixture.given(guardian())
                        .when(profileUpdate().heritage(HERITAGE).background(BACKGROUND)
                                .subclass(Subclass.NIGHTWALKER).build()),
                DAGGERHEART_SUBCLASS_NOT_OF_CLASS, "subclass");
    }

    // --- step 3: traits -------------------------------------------------------------------------------------------

    // step 3: the six traits get +2, +1, +1, 0, 0, -1 in some order
    @ParameterizedTest(name = "{0} {1} {2} {3} {4} {5}")
    @CsvSource({
            "2, 2, 1, 0, 0, -1",
            "2, 1, 1, 0, 0, 0",
            "1, 1, 1, 1, 0, -1",
            "3, 1, 0, 0, 0, -1",
            "0, 0, 0, 0, 0, 0"})
    void traitsOtherThanTheStartingArrayAreRefused(int agility, int strength, int finesse, int instinct,
                                                    int presence, int knowledge) {
        assertRefused(fixture.given(guardian())
                        .when(profileUpdate().traits(new TraitScores(agility, strength, finesse, instinct, presence,
                                knowledge)).build()),
                DAGGERHEART_TRAITS_NOT_STARTING_ARRAY, "traits");
    }

    @Test
    void theStartingArrayMayGoInAnyOrder() {
        TraitScores traits = new TraitScores(-1, 0, 1, 2, 1, 0);
        fixture.given(guardian())
                .when(profileUpdate().traits(traits).build())
                .expectEvents(profileUpdated().traits(traits).steps(CreationStep.TRAITS).build());
    }

    // --- step 7: Experiences --------------------------------------------------------------------------------------

    // step 7: exactly two Experiences at +2
    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidStartingExperiences")
    void experiencesOtherThanTwoAtPlusTwoAreRefused(String why, List<Experience> experiences) {
        assertRefused(fixture.given(guardian()).when(profileUpdate().experiences(experiences).build()),
                DAGGERHEART_EXPERIENCES_INVALID, "experiences");
    }

    static Stream<Arguments> invalidStartingExperiences() {
        return Stream.of(
                arguments("one", List.of(BODYGUARD)),
                arguments("three", List.of(BODYGUARD, VETERAN, new Experience("Blacksmith", 2))),
                arguments("none", List.of()),
                arguments("one at +3", List.of(BODYGUARD, new Experience("Shieldwall Veteran", 3))),
                arguments("one at +1", List.of(new Experience("Bodyguard", 1), VETERAN)),
                arguments("the same one twice", List.of(BODYGUARD, new Experience("BODYGUARD", 2))));
    }

    // --- step 8: domain cards -------------------------------------------------------------------------------------

    @Test
    void aCardOfAnotherClassesDomainIsRefusedNamingIt() {
        // Rune Ward is Arcana; the Guardian's domains are Valor and Blade
        assertRefused(fixture.given(guardian()).when(profileUpdate().domainCards(List.of(GET_BACK_UP, RUNE_WARD))
                        .build()),
                DAGGERHEART_CARD_DOMAIN_NOT_OF_CLASS, "domain_cards[1]");
    }

    @Test
    void aCardAboveLevelOneIsRefusedNamingIt() {
        // A Soldier's Bond is a level-2 Blade card; a new character is level 1
        assertRefused(fixture.given(guardian()).when(profileUpdate().domainCards(List.of(A_SOLDIERS_BOND, WHIRLWIND))
                        .build()),
                DAGGERHEART_CARD_LEVEL_TOO_HIGH, "domain_cards[0]");
    }

    // step 8: exactly two level-1 cards
    @ParameterizedTest(name = "{0} cards")
    @MethodSource("wrongCardCounts")
    void anythingButTwoCardsIsRefused(int count, List<DomainCard> cards) {
        assertRefused(fixture.given(guardian()).when(profileUpdate().domainCards(cards).build()),
                DAGGERHEART_STARTING_CARDS_INVALID, "domain_cards");
    }

    static Stream<Arguments> wrongCardCounts() {
        DomainCard notGoodEnough = new DomainCard("not-good-enough", "Not Good Enough",
                Domain.BLADE, 1, 1,
                DomainCardType.ABILITY);
        return Stream.of(arguments(0, List.of()), arguments(1, List.of(GET_BACK_UP)),
                arguments(3, List.of(GET_BACK_UP, WHIRLWIND, notGoodEnough)));
    }

    @Test
    void theSameCardTwiceIsRefused() {
        assertRefused(fixture.given(guardian()).when(profileUpdate().domainCards(List.of(WHIRLWIND, WHIRLWIND))
                        .build()),
                DAGGERHEART_CARD_DUPLICATE, "domain_cards[1]");
    }

    // --- step 2: ancestries that change numbers -------------------------------------------------------------------

    @Test
    void aHumanHasOneMoreStressSlot() {
        // Human, High Stamina: +1 Stress slot (6 + 1 = 7)
        Heritage human = new Heritage(Ancestry.HUMAN, Community.HIGHBORNE);
        fixture.given(guardian())
                .when(profileUpdate().heritage(human).build())
                .expectEvents(profileUpdated().heritage(human).stressMax(7).steps(CreationStep.HERITAGE).build());
    }

    @Test
    void aGiantHasOneMoreHpSlot() {
        // Giant, Endurance: +1 HP slot (Guardian 7 + 1 = 8)
        Heritage giant = new Heritage(Ancestry.GIANT, Community.RIDGEBORNE);
        fixture.given(guardian())
                .when(profileUpdate().heritage(giant).build())
                .expectEvents(profileUpdated().heritage(giant).hpMax(8).steps(CreationStep.HERITAGE).build());
    }

    @Test
    void aSimiahHasOneMoreEvasion() {
        // Simiah, Nimble: +1 Evasion (Guardian 9 + 1 = 10)
        Heritage simiah = new Heritage(Ancestry.SIMIAH, Community.WILDBORNE);
        fixture.given(guardian())
                .when(profileUpdate().heritage(simiah).build())
                .expectEvents(profileUpdated().heritage(simiah).evasion(10).steps(CreationStep.HERITAGE).build());
    }

    @Test
    void aGalapaAddsProficiencyToTheThresholds() {
        // Galapa, Shell: thresholds + Proficiency; unarmored level 1 is 1/2, Proficiency 1: 2/3
        Heritage galapa = new Heritage(Ancestry.GALAPA, Community.SEABORNE);
        fixture.given(guardian())
                .when(profileUpdate().heritage(galapa).build())
                .expectEvents(profileUpdated().heritage(galapa).thresholds(2, 3).steps(CreationStep.HERITAGE).build());
    }

    @Test
    void aGalapaInLeatherAddsProficiencyOnTopOfTheArmor() {
        // Leather at level 1 is 7/14 (6/13 + 1); + Proficiency 1: 8/15
        Heritage galapa = new Heritage(Ancestry.GALAPA, Community.SEABORNE);
        fixture.given(guardian(), Sheets.inLeather())
                .when(profileUpdate().heritage(galapa).build())
                .expectEvents(profileUpdated().heritage(galapa).armorScore(3).thresholds(8, 15)
                        .steps(CreationStep.HERITAGE, CreationStep.EQUIPMENT).build());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Ancestry.class, names = {"HUMAN", "GIANT", "SIMIAH", "GALAPA"},
            mode = EnumSource.Mode.EXCLUDE)
    void otherAncestriesLeaveTheNumbersAsTheClassSetsThem(Ancestry ancestry) {
        Heritage heritage = new Heritage(ancestry, Community.WANDERBORNE);
        fixture.given(guardian())
                .when(profileUpdate().heritage(heritage).build())
                .expectEvents(profileUpdated().heritage(heritage).steps(CreationStep.HERITAGE).build());
    }

    @Test
    void changingTheAncestryTakesTheOldFeatureAway() {
        Heritage giant = new Heritage(Ancestry.GIANT, Community.RIDGEBORNE);
        fixture.given(guardian(), profileUpdated().heritage(giant).hpMax(8).steps(CreationStep.HERITAGE).build())
                .when(profileUpdate().heritage(HERITAGE).build())
                .expectEvents(profileUpdated().heritage(HERITAGE).steps(CreationStep.HERITAGE).build());
    }

    // --- step 5: armor --------------------------------------------------------------------------------------------

    // SRD armor table, Tier 1 (base thresholds, base score, Evasion); thresholds are base + level 1; Guardian Evasion 9
    @ParameterizedTest(name = "{0}: {1}/{2}, score {3}, Evasion {4}")
    @CsvSource({
            "GAMBESON,   6, 12, 3, 10",
            "LEATHER,    7, 14, 3,  9",
            "CHAINMAIL,  8, 16, 4,  8",
            "FULL_PLATE, 9, 18, 4,  7"})
    void armorSetsThresholdsArmorScoreAndEvasion(ArmorPreset preset, int major, int severe, int score, int evasion) {
        Equipment equipment = new Equipment(preset.armor(), new Name("Longsword"), null);
        fixture.given(guardian())
                .when(profileUpdate().equipment(equipment).build())
                .expectEvents(profileUpdated().equipment(equipment).thresholds(major, severe).armorScore(score)
                        .evasion(evasion).steps(CreationStep.EQUIPMENT).build());
    }

    @Test
    void takingTheArmorOffGoesBackToUnarmoredAndItsMarkedSlotsWithIt() {
        // unarmored: Armor Score 0, so no slot can stay marked; thresholds 1/2 again
        fixture.given(guardian(), Sheets.inLeather(), state(0, 0, 2, 2, LifeState.ALIVE))
                .when(profileUpdate().equipment(Sheets.UNARMORED).build())
                .expectEvents(profileUpdated().equipment(Sheets.UNARMORED).steps(CreationStep.EQUIPMENT).build());
    }

    @Test
    void otherPartsKeepTheArmorsNumbers() {
        fixture.given(guardian(), Sheets.inLeather())
                .when(profileUpdate().background(BACKGROUND).build())
                .expectEvents(profileUpdated().background(BACKGROUND).armorScore(3).thresholds(7, 14)
                        .steps(CreationStep.EQUIPMENT, CreationStep.BACKGROUND).build());
    }

    // --- marked slots and new maxima ------------------------------------------------------------------------------

    @Test
    void markedArmorSlotsAreCappedAtTheNewArmorScore() {
        // Chainmail: score 4, all marked; Leather: score 3
        Equipment chainmail = new Equipment(ArmorPreset.CHAINMAIL.armor(), new Name("Longsword"), null);
        fixture.given(guardian(), profileUpdated().equipment(chainmail).thresholds(8, 16).armorScore(4).evasion(8)
                                .steps(CreationStep.EQUIPMENT).build(),
                        state(0, 0, 2, 4, LifeState.ALIVE))
                .when(profileUpdate().equipment(leather()).build())
                .expectEvents(profileUpdated().equipment(leather()).thresholds(7, 14).armorScore(3).marked(0, 0, 3)
                        .steps(CreationStep.EQUIPMENT).build());
    }

    @Test
    void markedStressIsCappedWhenAHumanBecomesAnotherAncestry() {
        Heritage human = new Heritage(Ancestry.HUMAN, Community.HIGHBORNE);
        fixture.given(guardian(), profileUpdated().heritage(human).stressMax(7).steps(CreationStep.HERITAGE).build(),
                        state(0, 7, 2, 0, LifeState.ALIVE))
                .when(profileUpdate().heritage(HERITAGE).build())
                .expectEvents(profileUpdated().heritage(HERITAGE).marked(0, 6, 0).steps(CreationStep.HERITAGE).build());
    }

    @Test
    void markedHpIsCappedWhenAGiantBecomesAnotherAncestry() {
        Heritage giant = new Heritage(Ancestry.GIANT, Community.RIDGEBORNE);
        fixture.given(guardian(), profileUpdated().heritage(giant).hpMax(8).steps(CreationStep.HERITAGE).build(),
                        state(8, 0, 2, 0, LifeState.FALLEN))
                .when(profileUpdate().heritage(HERITAGE).build())
                .expectEvents(profileUpdated().heritage(HERITAGE).marked(7, 0, 0).steps(CreationStep.HERITAGE).build());
    }

    @Test
    void markedSlotsWithinTheNewMaximaStayAsTheyAre() {
        fixture.given(guardian(), Sheets.inLeather(), state(3, 4, 2, 2, LifeState.ALIVE))
                .when(profileUpdate().equipment(new Equipment(ArmorPreset.CHAINMAIL.armor(), new Name("Longsword"),
                        null)).build())
                .expectEvents(profileUpdated().equipment(new Equipment(ArmorPreset.CHAINMAIL.armor(),
                                new Name("Longsword"), null)).thresholds(8, 16).armorScore(4).evasion(8)
                        .marked(3, 4, 2).steps(CreationStep.EQUIPMENT).build());
    }
}
