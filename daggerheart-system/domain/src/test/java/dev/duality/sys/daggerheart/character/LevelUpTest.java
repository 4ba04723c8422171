package dev.duality.sys.daggerheart.character;

import dev.duality.core.campaign.api.Name;
import dev.duality.core.testing.FakeAggregateLookup;
import dev.duality.sys.daggerheart.character.api.ApplyLevelUp;
import dev.duality.sys.daggerheart.character.api.Equipment;
import dev.duality.sys.daggerheart.character.api.GrantLevelUp;
import dev.duality.sys.daggerheart.character.api.Heritage;
import dev.duality.sys.daggerheart.character.api.LevelUpApplied;
import dev.duality.sys.daggerheart.character.api.LevelUpGranted;
import dev.duality.sys.daggerheart.character.api.LoadoutSwapped;
import dev.duality.sys.daggerheart.rules.AcquiredCards;
import dev.duality.sys.daggerheart.rules.Advancement;
import dev.duality.sys.daggerheart.rules.AdvancementOption;
import dev.duality.sys.daggerheart.rules.Ancestry;
import dev.duality.sys.daggerheart.rules.ArmorPreset;
import dev.duality.sys.daggerheart.rules.CardExchange;
import dev.duality.sys.daggerheart.rules.CardPlace;
import dev.duality.sys.daggerheart.rules.Community;
import dev.duality.sys.daggerheart.rules.ConditionSet;
import dev.duality.sys.daggerheart.rules.CreationStep;
import dev.duality.sys.daggerheart.rules.Domain;
import dev.duality.sys.daggerheart.rules.DomainCard;
import dev.duality.sys.daggerheart.rules.DomainCardType;
import dev.duality.sys.daggerheart.rules.Experience;
import dev.duality.sys.daggerheart.rules.Multiclass;
import dev.duality.sys.daggerheart.rules.Subclass;
import dev.duality.sys.daggerheart.rules.SubclassCard;
import dev.duality.sys.daggerheart.rules.Trait;
import dev.duality.sys.daggerheart.rules.TraitScores;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.duality.core.testing.Rejections.assertRefused;
import static dev.duality.sys.daggerheart.DaggerheartRejection.*;
import static dev.duality.sys.daggerheart.character.Sheets.A_SOLDIERS_BOND;
import static dev.duality.sys.daggerheart.character.Sheets.BODYGUARD;
import static dev.duality.sys.daggerheart.character.Sheets.CAMPAIGN;
import static dev.duality.sys.daggerheart.character.Sheets.GET_BACK_UP;
import static dev.duality.sys.daggerheart.character.Sheets.HERO;
import static dev.duality.sys.daggerheart.character.Sheets.RUNE_WARD;
import static dev.duality.sys.daggerheart.character.Sheets.TRAITS;
import static dev.duality.sys.daggerheart.character.Sheets.VETERAN;
import static dev.duality.sys.daggerheart.character.Sheets.WHIRLWIND;
import static dev.duality.sys.daggerheart.character.Sheets.guardian;
import static dev.duality.sys.daggerheart.character.Sheets.readyInLeather;
import static dev.duality.sys.daggerheart.character.Sheets.state;
import static dev.duality.sys.daggerheart.character.api.LifeState.DEAD;
import static dev.duality.sys.daggerheart.rules.AdvancementOption.EVASION;
import static dev.duality.sys.daggerheart.rules.AdvancementOption.HP_SLOT;
import static dev.duality.sys.daggerheart.rules.AdvancementOption.MULTICLASS;
import static dev.duality.sys.daggerheart.rules.AdvancementOption.PROFICIENCY;
import static dev.duality.sys.daggerheart.rules.AdvancementOption.STRESS_SLOT;
import static dev.duality.sys.daggerheart.rules.AdvancementOption.SUBCLASS_UPGRADE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sys.daggerheart.level_up.grant} and {@code sys.daggerheart.level_up.apply}. The Guardian (SRD class table:
 * 7 HP, Evasion 9; Stalwart) is fully created in Leather Armor (SRD armor table: base 6/13, score 3): traits Agility
 * +1, Strength +2, Finesse 0, Instinct +1, Presence 0, Knowledge -1; Bodyguard +2 and Shieldwall Veteran +2; Get Back
 * Up and Whirlwind (level-1 Blade cards) in the loadout.
 */
class LevelUpTest {
    private final FixtureConfiguration<DaggerheartCharacter> fixture = Sheets.fixture(new FakeAggregateLookup());

    private static LevelUpGranted granted(int from) {
        return new LevelUpGranted(CAMPAIGN, HERO, from, from + 1);
    }

    private static ApplyLevelUp levelUp(String newExperience, DomainCard card, Advancement... advancements) {
        return new ApplyLevelUp(CAMPAIGN, HERO, newExperience, List.of(advancements), card, null, null);
    }

    private static Advancement traits(Trait first, Trait second) {
        return new Advancement(AdvancementOption.TRAITS, null, List.of(first, second), null, null, null, null, null);
    }

    private static Advancement column(int tier, AdvancementOption option) {
        return new Advancement(option, tier, null, null, null, null, null, null);
    }

    private static DomainCard blade(String id, int level) {
        return new DomainCard(id, id, Domain.BLADE, level, 1, DomainCardType.ABILITY);
    }

    /**
     * A level-up the journal already holds, to start a test at {@code level}: the sheet's numbers as given, the
     * advancements listed (each from its column), the creation traits unmarked, the starting Experiences and cards.
     */
    private static LevelUpApplied reached(int level, int hpMax, int stressMax, Advancement... advancements) {
        return new LevelUpApplied(CAMPAIGN, HERO, level - 1, level, dev.duality.sys.daggerheart.rules.DaggerheartRules
                .tier(level), false, false, null, List.of(advancements), blade("blade-at-" + level, 1),
                CardPlace.VAULT, null, TRAITS, List.of(), List.of(BODYGUARD, VETERAN),
                new AcquiredCards(List.of(GET_BACK_UP, WHIRLWIND), List.of(blade("blade-at-" + level, 1))),
                SubclassCard.FOUNDATION, null, null, hpMax, stressMax, 9, 2, 6 + level, 13 + level);
    }

    // --- the grant ---------------------------------------------------------------------------------------------

    @Test
    void theGmGrantsTheNextLevel() {
        fixture.given(guardian(), readyInLeather())
                .when(new GrantLevelUp(CAMPAIGN, HERO))
                .expectEvents(granted(1))
                .expectState(sheet -> assertThat(sheet.levelUpGranted()).contains(2));
    }

    @Test
    void aGrantWaitsForItsLevelUpBeforeAnother() {
        assertRefused(fixture.given(guardian(), readyInLeather(), granted(1)).when(new GrantLevelUp(CAMPAIGN, HERO)),
                DAGGERHEART_LEVEL_UP_ALREADY_GRANTED, "character_id");
    }

    @Test
    void aCharacterStillInCreationIsNotGrantedALevel() {
        assertRefused(fixture.given(guardian()).when(new GrantLevelUp(CAMPAIGN, HERO)),
                DAGGERHEART_CHARACTER_CREATION_INCOMPLETE, "character_id");
    }

    @Test
    void levelTenIsTheLast() {
        assertRefused(fixture.given(guardian(), readyInLeather(), reached(10, 7, 6))
                        .when(new GrantLevelUp(CAMPAIGN, HERO)),
                DAGGERHEART_LEVEL_OUT_OF_RANGE, "level");
    }

    @Test
    void theDeadLevelUpNoMore() {
        assertRefused(fixture.given(guardian(), readyInLeather(), state(7, 0, 2, 0, DEAD))
                .when(new GrantLevelUp(CAMPAIGN, HERO)), DAGGERHEART_CHARACTER_DEAD, null);
        assertRefused(fixture.given(guardian(), readyInLeather(), granted(1), state(7, 0, 2, 0, DEAD))
                        .when(levelUp("Smithing", A_SOLDIERS_BOND, Advancement.of(HP_SLOT), Advancement.of(EVASION))),
                DAGGERHEART_CHARACTER_DEAD, null);
    }

    // --- applying it ---------------------------------------------------------------------------------------------

    @Test
    void levelTwoEntersTierTwo() {
        // SRD Leveling Up at level 2: a new Experience at +2 and Proficiency 2 (step 1); +1 HP slot and +1 to
        // Agility and Finesse, then marked (step 2); thresholds = Leather's 6/13 + level 2 = 8/15 (step 3); a level-2
        // Blade card (step 4)
        fixture.given(guardian(), readyInLeather(), granted(1))
                .when(levelUp("Smithing", A_SOLDIERS_BOND, Advancement.of(HP_SLOT), traits(Trait.AGILITY,
                        Trait.FINESSE)))
                .expectEvents(new LevelUpApplied(CAMPAIGN, HERO, 1, 2, 2, true, false, new Experience("Smithing", 2),
                        List.of(column(2, HP_SLOT), new Advancement(AdvancementOption.TRAITS, 2, List.of(Trait.AGILITY, Trait.FINESSE),
                                null, null, null, null, null)), A_SOLDIERS_BOND, CardPlace.VAULT, null,
                        new TraitScores(2, 2, 1, 1, 0, -1), List.of(Trait.AGILITY, Trait.FINESSE),
                        List.of(BODYGUARD, VETERAN, new Experience("Smithing", 2)),
                        new AcquiredCards(List.of(GET_BACK_UP, WHIRLWIND), List.of(A_SOLDIERS_BOND)),
                        SubclassCard.FOUNDATION, null, null, 8, 6, 9, 2, 8, 15))
                .expectState(sheet -> assertThat(sheet.levelUpGranted()).isEmpty());
    }

    @Test
    void aLevelUpNeedsTheGmsGrant() {
        assertRefused(fixture.given(guardian(), readyInLeather())
                        .when(levelUp("Smithing", A_SOLDIERS_BOND, Advancement.of(HP_SLOT), Advancement.of(EVASION))),
                DAGGERHEART_LEVEL_UP_NOT_GRANTED, "character_id");
        // and a grant is used once
        assertRefused(fixture.given(guardian(), readyInLeather(), granted(1))
                        .andGivenCommands(levelUp("Smithing", A_SOLDIERS_BOND, Advancement.of(HP_SLOT),
                                Advancement.of(EVASION)))
                        .when(levelUp(null, blade("blade-3", 1), Advancement.of(HP_SLOT), Advancement.of(STRESS_SLOT))),
                DAGGERHEART_LEVEL_UP_NOT_GRANTED, "character_id");
    }

    @Test
    void levelFiveClearsTheMarksAndProficiencyRisesToThree() {
        LevelUpApplied atFour = new LevelUpApplied(CAMPAIGN, HERO, 3, 4, 2, false, false, null,
                List.of(new Advancement(AdvancementOption.TRAITS, 2, List.of(Trait.AGILITY, Trait.STRENGTH), null, null, null, null,
                        null), column(2, HP_SLOT)), blade("blade-4", 1), CardPlace.VAULT, null,
                new TraitScores(2, 3, 0, 1, 0, -1), List.of(Trait.AGILITY, Trait.STRENGTH), List.of(BODYGUARD, VETERAN),
                new AcquiredCards(List.of(GET_BACK_UP, WHIRLWIND), List.of(blade("blade-4", 1))),
                SubclassCard.FOUNDATION, null, null, 8, 6, 9, 2, 10, 17);
        DomainCard bladeFive = blade("blade-5", 5);
        // SRD: level 5 clears the trait marks (so Agility is raised again) and Proficiency is 3; the Proficiency
        // advancement (both picks) makes it 4; thresholds 6/13 + 5 = 11/18
        fixture.given(guardian(), readyInLeather(), atFour, granted(4))
                .when(levelUp("Veteran of the Wall", bladeFive, Advancement.of(PROFICIENCY)))
                .expectEvents(new LevelUpApplied(CAMPAIGN, HERO, 4, 5, 3, true, true,
                        new Experience("Veteran of the Wall", 2), List.of(column(3, PROFICIENCY)), bladeFive,
                        CardPlace.VAULT, null, new TraitScores(2, 3, 0, 1, 0, -1), List.of(),
                        List.of(BODYGUARD, VETERAN, new Experience("Veteran of the Wall", 2)),
                        new AcquiredCards(List.of(GET_BACK_UP, WHIRLWIND), List.of(blade("blade-4", 1), bladeFive)),
                        SubclassCard.FOUNDATION, null, null, 8, 6, 9, 4, 11, 18));
    }

    @Test
    void aCardGoesIntoTheLoadoutWhenChosenAndAHeldCardIsExchanged() {
        DomainCard valor = new DomainCard("valor-1", "Valor One", Domain.VALOR, 1, 0, DomainCardType.ABILITY);
        fixture.given(guardian(), readyInLeather(), granted(1))
                .when(new ApplyLevelUp(CAMPAIGN, HERO, "Smithing", List.of(Advancement.of(HP_SLOT),
                        Advancement.of(EVASION)), A_SOLDIERS_BOND, CardPlace.LOADOUT,
                        new CardExchange("whirlwind", valor)))
                .expectEvents(new LevelUpApplied(CAMPAIGN, HERO, 1, 2, 2, true, false, new Experience("Smithing", 2),
                        List.of(column(2, HP_SLOT), column(2, EVASION)), A_SOLDIERS_BOND, CardPlace.LOADOUT,
                        new CardExchange("whirlwind", valor), TRAITS, List.of(),
                        List.of(BODYGUARD, VETERAN, new Experience("Smithing", 2)),
                        new AcquiredCards(List.of(GET_BACK_UP, valor, A_SOLDIERS_BOND), List.of()),
                        SubclassCard.FOUNDATION, null, null, 8, 6, 10, 2, 8, 15));
    }

    @Test
    void multiclassingRecordsTheSecondClass() {
        Multiclass rogue = new Multiclass(DaggerheartClass.ROGUE, Domain.MIDNIGHT, Subclass.NIGHTWALKER);
        DomainCard midnight = new DomainCard("midnight-3", "Midnight Three", Domain.MIDNIGHT, 3, 1,
                DomainCardType.SPELL);
        fixture.given(guardian(), readyInLeather(), reached(4, 7, 6), granted(4))
                .when(levelUp("Shadows", midnight, new Advancement(MULTICLASS, null, null, null, null, null, null,
                        rogue)))
                .expectSuccessfulHandlerExecution()
                .expectState(sheet -> assertThat(sheet.levelUpGranted()).isEmpty());
    }

    // --- each refusal, through the sheet -------------------------------------------------------------------------

    @Test
    void theTierExperienceIsNamedAtLevelTwo() {
        assertRefused(fixture.given(guardian(), readyInLeather(), granted(1))
                        .when(levelUp(null, A_SOLDIERS_BOND, Advancement.of(HP_SLOT), Advancement.of(EVASION))),
                DAGGERHEART_TIER_EXPERIENCE_INVALID, "new_experience");
    }

    @Test
    void twoPicksExactly() {
        assertRefused(fixture.given(guardian(), readyInLeather(), granted(1))
                        .when(levelUp("Smithing", A_SOLDIERS_BOND, Advancement.of(HP_SLOT))),
                DAGGERHEART_ADVANCEMENT_PICKS_INVALID, "advancements");
    }

    @Test
    void proficiencyIsNotInTierTwosColumn() {
        assertRefused(fixture.given(guardian(), readyInLeather(), granted(1))
                        .when(levelUp("Smithing", A_SOLDIERS_BOND, Advancement.of(PROFICIENCY))),
                DAGGERHEART_ADVANCEMENT_UNAVAILABLE, "advancements[0]");
    }

    @Test
    void theTraitAdvancementNamesTwoTraits() {
        assertRefused(fixture.given(guardian(), readyInLeather(), granted(1))
                        .when(levelUp("Smithing", A_SOLDIERS_BOND, new Advancement(AdvancementOption.TRAITS, null, List.of(Trait.AGILITY),
                                null, null, null, null, null), Advancement.of(HP_SLOT))),
                DAGGERHEART_ADVANCEMENT_CHOICE_INVALID, "advancements[0].traits");
    }

    @Test
    void aMarkedTraitIsNotRaisedAgainInTheSameTier() {
        LevelUpApplied atTwo = new LevelUpApplied(CAMPAIGN, HERO, 1, 2, 2, true, false, new Experience("Smithing", 2),
                List.of(new Advancement(AdvancementOption.TRAITS, 2, List.of(Trait.AGILITY, Trait.FINESSE), null, null, null, null,
                        null), column(2, HP_SLOT)), A_SOLDIERS_BOND, CardPlace.VAULT, null,
                new TraitScores(2, 2, 1, 1, 0, -1), List.of(Trait.AGILITY, Trait.FINESSE),
                List.of(BODYGUARD, VETERAN, new Experience("Smithing", 2)),
                new AcquiredCards(List.of(GET_BACK_UP, WHIRLWIND), List.of(A_SOLDIERS_BOND)), SubclassCard.FOUNDATION,
                null, null, 8, 6, 9, 2, 8, 15);
        assertRefused(fixture.given(guardian(), readyInLeather(), atTwo, granted(2))
                        .when(levelUp(null, blade("blade-3", 3), traits(Trait.STRENGTH, Trait.FINESSE),
                                Advancement.of(STRESS_SLOT))),
                DAGGERHEART_TRAIT_MARKED, "advancements[0].traits");
    }

    @Test
    void anExperienceAdvancementNamesHeldExperiences() {
        assertRefused(fixture.given(guardian(), readyInLeather(), granted(1))
                        .when(levelUp("Smithing", A_SOLDIERS_BOND, new Advancement(AdvancementOption.EXPERIENCES, null,
                                null, List.of("Bodyguard", "Sailing"), null, null, null, null),
                                Advancement.of(HP_SLOT))),
                DAGGERHEART_EXPERIENCE_NOT_HELD, "advancements[0].experiences");
    }

    @Test
    void theNewCardIsOfTheClassDomainsAtTheLevelOrLowerAndNew() {
        assertRefused(fixture.given(guardian(), readyInLeather(), granted(1))
                        .when(levelUp("Smithing", RUNE_WARD, Advancement.of(HP_SLOT), Advancement.of(EVASION))),
                DAGGERHEART_CARD_DOMAIN_NOT_OF_CLASS, "domain_card");
        assertRefused(fixture.given(guardian(), readyInLeather(), granted(1))
                        .when(levelUp("Smithing", blade("blade-3", 3), Advancement.of(HP_SLOT),
                                Advancement.of(EVASION))),
                DAGGERHEART_CARD_LEVEL_TOO_HIGH, "domain_card");
        assertRefused(fixture.given(guardian(), readyInLeather(), granted(1))
                        .when(levelUp("Smithing", GET_BACK_UP, Advancement.of(HP_SLOT), Advancement.of(EVASION))),
                DAGGERHEART_CARD_DUPLICATE, "domain_card");
    }

    @Test
    void anExchangeGivesUpAHeldCard() {
        assertRefused(fixture.given(guardian(), readyInLeather(), granted(1))
                        .when(new ApplyLevelUp(CAMPAIGN, HERO, "Smithing", List.of(Advancement.of(HP_SLOT),
                                Advancement.of(EVASION)), A_SOLDIERS_BOND, null,
                                new CardExchange("not-held", blade("blade-x", 1)))),
                DAGGERHEART_CARD_NOT_HELD, "card_exchange.card_id");
    }

    @Test
    void aFullLoadoutTakesNoNewCard() {
        LoadoutSwapped fiveInLoadout = new LoadoutSwapped(CAMPAIGN, HERO, "blade-c", CardPlace.VAULT, CardPlace.LOADOUT,
                1, 0, true, new AcquiredCards(List.of(GET_BACK_UP, WHIRLWIND, blade("blade-a", 1), blade("blade-b", 1),
                blade("blade-c", 1)), List.of()), 0, 0, dev.duality.sys.daggerheart.character.api.LifeState.ALIVE,
                ConditionSet.NONE);
        assertRefused(fixture.given(guardian(), readyInLeather(), fiveInLoadout, granted(1))
                        .when(new ApplyLevelUp(CAMPAIGN, HERO, "Smithing", List.of(Advancement.of(HP_SLOT),
                                Advancement.of(EVASION)), A_SOLDIERS_BOND, CardPlace.LOADOUT, null)),
                DAGGERHEART_LOADOUT_FULL, "domain_card_place");
    }

    @Test
    void onlyTheCharactersOwnSubclassesAreUpgraded() {
        assertRefused(fixture.given(guardian(), readyInLeather(), reached(4, 7, 6), granted(4))
                        .when(levelUp("Level 5", blade("blade-5", 1), new Advancement(SUBCLASS_UPGRADE, null, null,
                                null, null, null, Subclass.NIGHTWALKER, null), Advancement.of(HP_SLOT))),
                DAGGERHEART_SUBCLASS_NOT_OF_CLASS, "advancements[0].subclass");
    }

    @Test
    void theSecondClassIsAnotherClass() {
        assertRefused(fixture.given(guardian(), readyInLeather(), reached(4, 7, 6), granted(4))
                        .when(levelUp("Level 5", blade("blade-5", 1), new Advancement(MULTICLASS, null, null, null,
                                null, null, null, new Multiclass(DaggerheartClass.GUARDIAN, Domain.VALOR,
                                Subclass.VENGEANCE)))),
                DAGGERHEART_MULTICLASS_INVALID, "advancements[0].multiclass.character_class");
    }

    @Test
    void hpSlotsStopAtTwelve() {
        // a Giant Guardian: 7 + 1 HP; four HP slot advancements (tiers 2 and 3) make 12; one more would be 13
        LevelUpApplied atSeven = reached(7, 12, 6, column(2, HP_SLOT), column(2, HP_SLOT), column(3, HP_SLOT),
                column(3, HP_SLOT));
        assertRefused(fixture.given(guardian(), readyInLeather(), heritage(Ancestry.GIANT, 8, 6), atSeven, granted(7))
                        .when(levelUp("Level 8", blade("blade-8", 1), Advancement.of(HP_SLOT),
                                Advancement.of(EVASION))),
                DAGGERHEART_HP_OUT_OF_RANGE, "hp_max");
    }

    @Test
    void stressSlotsStopAtTwelve() {
        // a Human Guardian: 6 + 1 Stress; four Stress slot advancements make 11; two more would be 13
        LevelUpApplied atSeven = reached(7, 7, 11, column(2, STRESS_SLOT), column(2, STRESS_SLOT),
                column(3, STRESS_SLOT), column(3, STRESS_SLOT));
        assertRefused(fixture.given(guardian(), readyInLeather(), heritage(Ancestry.HUMAN, 7, 7), atSeven, granted(7))
                        .when(levelUp("Level 8", blade("blade-8", 1), Advancement.of(STRESS_SLOT),
                                Advancement.of(STRESS_SLOT))),
                DAGGERHEART_STRESS_OUT_OF_RANGE, "stress_max");
    }

    private static dev.duality.sys.daggerheart.character.api.CharacterProfileUpdated heritage(Ancestry ancestry,
                                                                                             int hpMax, int stressMax) {
        return Sheets.profileUpdated().heritage(new Heritage(ancestry, Community.ORDERBORNE)).hpMax(hpMax)
                .stressMax(stressMax).equipment(Sheets.leather()).armorScore(3).thresholds(7, 14)
                .steps(CreationStep.HERITAGE).build();
    }

    // --- creation steps a level-up built on ----------------------------------------------------------------------

    @Test
    void afterALevelUpTraitsExperiencesAndCardsAreNotChosenAgainAsAtCreation() {
        LevelUpApplied atTwo = reached(2, 8, 6, column(2, HP_SLOT), column(2, EVASION));
        assertRefused(fixture.given(guardian(), readyInLeather(), atTwo)
                        .when(Sheets.profileUpdate().traits(TRAITS).build()),
                DAGGERHEART_CREATION_STEP_CLOSED, "traits");
        assertRefused(fixture.given(guardian(), readyInLeather(), atTwo)
                        .when(Sheets.profileUpdate().experiences(Sheets.EXPERIENCES).build()),
                DAGGERHEART_CREATION_STEP_CLOSED, "experiences");
        assertRefused(fixture.given(guardian(), readyInLeather(), atTwo)
                        .when(Sheets.profileUpdate().domainCards(Sheets.CARDS).build()),
                DAGGERHEART_CREATION_STEP_CLOSED, "domain_cards");
    }

    @Test
    void newArmorAfterALevelUpKeepsTheAdvancementsAndTheLevelInTheNumbers() {
        // level 2 with +1 HP slot and +1 Evasion; Chainmail (SRD: 7/15, score 4, -1 Evasion): thresholds 7/15 + 2 =
        // 9/17, Evasion 9 - 1 + 1 = 9, HP 7 + 1 = 8, Proficiency 2
        Equipment chainmail = new Equipment(ArmorPreset.CHAINMAIL.armor(), new Name("Longsword"), null);
        fixture.given(guardian(), readyInLeather(), reached(2, 8, 6, column(2, HP_SLOT), column(2, EVASION)))
                .when(Sheets.profileUpdate().equipment(chainmail).build())
                .expectEvents(Sheets.profileUpdated().equipment(chainmail).hpMax(8).evasion(9).proficiency(2)
                        .armorScore(4).thresholds(9, 17).steps(CreationStep.values()).build());
    }
}
