package dev.duality.sys.daggerheart.rules;

import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ADVANCEMENT_CHOICE_INVALID;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ADVANCEMENT_PICKS_INVALID;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ADVANCEMENT_UNAVAILABLE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CARD_DOMAIN_NOT_OF_CLASS;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CARD_DUPLICATE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CARD_LEVEL_TOO_HIGH;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CARD_NOT_HELD;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_EXPERIENCE_NOT_HELD;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_LEVEL_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_LOADOUT_FULL;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_MULTICLASS_INVALID;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_SUBCLASS_NOT_OF_CLASS;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_TIER_EXPERIENCE_INVALID;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_TRAIT_MARKED;
import static dev.duality.sys.daggerheart.rules.AdvancementOption.DOMAIN_CARD;
import static dev.duality.sys.daggerheart.rules.AdvancementOption.EVASION;
import static dev.duality.sys.daggerheart.rules.AdvancementOption.EXPERIENCES;
import static dev.duality.sys.daggerheart.rules.AdvancementOption.HP_SLOT;
import static dev.duality.sys.daggerheart.rules.AdvancementOption.MULTICLASS;
import static dev.duality.sys.daggerheart.rules.AdvancementOption.PROFICIENCY;
import static dev.duality.sys.daggerheart.rules.AdvancementOption.STRESS_SLOT;
import static dev.duality.sys.daggerheart.rules.AdvancementOption.SUBCLASS_UPGRADE;
import static dev.duality.sys.daggerheart.rules.AdvancementOption.TRAITS;
import static dev.duality.sys.daggerheart.rules.Refusals.assertRefused;
import static dev.duality.sys.daggerheart.rules.Trait.AGILITY;
import static dev.duality.sys.daggerheart.rules.Trait.FINESSE;
import static dev.duality.sys.daggerheart.rules.Trait.INSTINCT;
import static dev.duality.sys.daggerheart.rules.Trait.KNOWLEDGE;
import static dev.duality.sys.daggerheart.rules.Trait.PRESENCE;
import static dev.duality.sys.daggerheart.rules.Trait.STRENGTH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SRD Leveling Up, one level at a time, for a Guardian (Stalwart; domains Valor and Blade) with Agility +1, Strength
 * +2, Finesse 0, Instinct +1, Presence 0, Knowledge -1, the Experiences Bodyguard +2 and Shieldwall Veteran +2, and two
 * level-1 Blade cards in the loadout. Card ids are ours; levels and domains follow the SRD card list.
 */
class LevelUpsTest {
    private static final TraitScores TRAITS_AT_CREATION = new TraitScores(1, 2, 0, 1, 0, -1);
    private static final DomainCard GET_BACK_UP = card("get-back-up", Domain.BLADE, 1);
    private static final DomainCard WHIRLWIND = card("whirlwind", Domain.BLADE, 1);
    private static final LevelUps.Sheet LEVEL_ONE = new LevelUps.Sheet(DaggerheartClass.GUARDIAN, Subclass.STALWART, 1,
            TRAITS_AT_CREATION, Set.of(), List.of(new Experience("Bodyguard", 2),
            new Experience("Shieldwall Veteran", 2)), new AcquiredCards(List.of(GET_BACK_UP, WHIRLWIND), List.of()),
            SubclassCard.FOUNDATION, null, null, List.of());

    private static DomainCard card(String id, Domain domain, int level) {
        return new DomainCard(id, id, domain, level, 1, DomainCardType.ABILITY);
    }

    private static Advancement traits(Trait first, Trait second) {
        return new Advancement(TRAITS, null, List.of(first, second), null, null, null, null, null);
    }

    private static Advancement experiences(String first, String second) {
        return new Advancement(EXPERIENCES, null, null, List.of(first, second), null, null, null, null);
    }

    private static Advancement fromColumn(int tier, AdvancementOption option) {
        return new Advancement(option, tier, null, null, null, null, null, null);
    }

    private static LevelUps.Choices choices(String newExperience, DomainCard card, Advancement... advancements) {
        return new LevelUps.Choices(List.of(advancements), newExperience, card, null, null);
    }

    /** The sheet a result leaves, ready for the next level-up. */
    private static LevelUps.Sheet after(LevelUps.Sheet before, LevelUps.Result result) {
        return new LevelUps.Sheet(before.characterClass(), before.subclass(), result.level(), result.traits(),
                Set.copyOf(result.markedTraits()), result.experiences(), result.cards(), result.subclassCard(),
                result.multiclass(), result.multiclassCard(), result.taken());
    }

    /**
     * Levels up to {@code level} with plain picks, so a test starts there: per tier column, HP and Stress at its first
     * two levels, Evasion and the two starting Experiences at its third; a new Blade card each time; no trait raised.
     */
    private static LevelUps.Sheet levelledTo(int level) {
        LevelUps.Sheet sheet = LEVEL_ONE;
        for (int next = 2; next <= level; next++) {
            boolean thirdOfTier = (next - 2) % 3 == 2;
            Advancement[] picks = thirdOfTier
                    ? new Advancement[]{Advancement.of(EVASION), experiences("Bodyguard", "Shieldwall Veteran")}
                    : new Advancement[]{Advancement.of(HP_SLOT), Advancement.of(STRESS_SLOT)};
            sheet = after(sheet, LevelUps.apply(sheet, choices(DaggerheartRules.isTierEntry(next) ? "Level " + next
                    : null, card("blade-at-" + next, Domain.BLADE, 1), picks)));
        }
        return sheet;
    }

    // --- step 1: tier achievements ----------------------------------------------------------------------------------

    @Test
    void levelTwoEntersTierTwoWithANewExperienceAtPlusTwo() {
        LevelUps.Result result = LevelUps.apply(LEVEL_ONE, choices("Smithing", card("blade-2", Domain.BLADE, 2),
                Advancement.of(HP_SLOT), Advancement.of(EVASION)));

        // SRD: "Level 2: a new Experience at +2, and +1 Proficiency" (Proficiency follows the level: SheetNumbers)
        assertThat(result.level()).isEqualTo(2);
        assertThat(result.tier()).isEqualTo(2);
        assertThat(result.tierEntry()).isTrue();
        assertThat(result.traitMarksCleared()).isFalse();
        assertThat(result.newExperience()).isEqualTo(new Experience("Smithing", 2));
        assertThat(result.experiences()).containsExactly(new Experience("Bodyguard", 2),
                new Experience("Shieldwall Veteran", 2), new Experience("Smithing", 2));
        assertThat(result.advancements()).containsExactly(fromColumn(2, HP_SLOT), fromColumn(2, EVASION));
        assertThat(result.taken()).containsExactly(new TakenAdvancement(2, 2, HP_SLOT),
                new TakenAdvancement(2, 2, EVASION));
        assertThat(result.bonuses()).isEqualTo(new LevelUps.Bonuses(1, 0, 1, 0));
    }

    @ParameterizedTest(name = "level {0}: tier entry {1}, marks cleared {2}")
    @CsvSource({"2, true, false", "3, false, false", "4, false, false", "5, true, true", "6, false, false",
            "8, true, true", "10, false, false"})
    void onlyLevelsTwoFiveAndEightGiveAnExperienceAndFiveAndEightClearTheMarks(int level, boolean entry,
                                                                              boolean clears) {
        LevelUps.Sheet before = levelledTo(level - 1);
        LevelUps.Result result = LevelUps.apply(before, choices(entry ? "New at " + level : null,
                card("blade-new", Domain.BLADE, 1), traits(AGILITY, STRENGTH), traits(FINESSE, INSTINCT)));

        assertThat(result.tierEntry()).isEqualTo(entry);
        assertThat(result.traitMarksCleared()).isEqualTo(clears);
        assertThat(result.experiences()).hasSize(before.experiences().size() + (entry ? 1 : 0));
    }

    @Test
    void theNewExperienceIsRequiredAtATierEntryAndRefusedOtherwise() {
        assertRefused(() -> LevelUps.apply(LEVEL_ONE, choices(null, card("b", Domain.BLADE, 1),
                Advancement.of(HP_SLOT), Advancement.of(EVASION))), DAGGERHEART_TIER_EXPERIENCE_INVALID,
                "new_experience");
        LevelUps.Sheet levelTwo = levelledTo(2);
        assertRefused(() -> LevelUps.apply(levelTwo, choices("Smithing", card("b", Domain.BLADE, 1),
                Advancement.of(HP_SLOT), Advancement.of(EVASION))), DAGGERHEART_TIER_EXPERIENCE_INVALID,
                "new_experience");
        assertRefused(() -> LevelUps.apply(LEVEL_ONE, choices("bodyguard", card("b", Domain.BLADE, 1),
                Advancement.of(HP_SLOT), Advancement.of(EVASION))), DAGGERHEART_TIER_EXPERIENCE_INVALID,
                "new_experience");
    }

    @Test
    void levelTenIsTheLast() {
        assertRefused(() -> LevelUps.apply(levelledTo(10), choices(null, card("b", Domain.BLADE, 1),
                Advancement.of(HP_SLOT), Advancement.of(EVASION))), DAGGERHEART_LEVEL_OUT_OF_RANGE, "level");
    }

    // --- step 2: advancements ---------------------------------------------------------------------------------------

    // the level-up sheet: slots per column (tier 2 | tiers 3 and 4) and picks each uses
    @ParameterizedTest(name = "{0}: {1} slots in tier 2, {2} in tiers 3 and 4, {3} picks")
    @CsvSource({
            "TRAITS,           3, 3, 1",
            "HP_SLOT,          2, 2, 1",
            "STRESS_SLOT,      2, 2, 1",
            "EXPERIENCES,      1, 1, 1",
            "DOMAIN_CARD,      1, 1, 1",
            "EVASION,          1, 1, 1",
            "SUBCLASS_UPGRADE, 0, 1, 1",
            "PROFICIENCY,      0, 2, 2",
            "MULTICLASS,       0, 2, 2"})
    void theAdvancementTableIsTheSrds(AdvancementOption option, int tierTwo, int tiersThreeAndFour, int picks) {
        assertThat(option.slots(1)).as("tier 1 has no column").isZero();
        assertThat(option.slots(2)).isEqualTo(tierTwo);
        assertThat(option.slots(3)).isEqualTo(tiersThreeAndFour);
        assertThat(option.slots(4)).isEqualTo(tiersThreeAndFour);
        assertThat(option.picks()).isEqualTo(picks);
    }

    @Test
    void aLevelUpTakesExactlyTwoPicks() {
        assertRefused(() -> LevelUps.apply(LEVEL_ONE, choices("Smithing", card("b", Domain.BLADE, 1),
                Advancement.of(HP_SLOT))), DAGGERHEART_ADVANCEMENT_PICKS_INVALID, "advancements");
        assertRefused(() -> LevelUps.apply(LEVEL_ONE, choices("Smithing", card("b", Domain.BLADE, 1),
                Advancement.of(HP_SLOT), Advancement.of(HP_SLOT), Advancement.of(EVASION))),
                DAGGERHEART_ADVANCEMENT_PICKS_INVALID, "advancements");
        LevelUps.Sheet levelFour = levelledTo(4);
        assertRefused(() -> LevelUps.apply(levelFour, choices("Level 5", card("b", Domain.BLADE, 1),
                Advancement.of(PROFICIENCY), Advancement.of(HP_SLOT))), DAGGERHEART_ADVANCEMENT_PICKS_INVALID,
                "advancements");
    }

    @Test
    void proficiencyTakesBothPicksFromTierThreeOn() {
        LevelUps.Result result = LevelUps.apply(levelledTo(4), choices("Level 5", card("b", Domain.BLADE, 1),
                Advancement.of(PROFICIENCY)));

        assertThat(result.bonuses().proficiency()).isEqualTo(1);
        assertRefused(() -> LevelUps.apply(levelledTo(2), choices(null, card("b", Domain.BLADE, 1),
                Advancement.of(PROFICIENCY))), DAGGERHEART_ADVANCEMENT_UNAVAILABLE, "advancements[0]");
    }

    @Test
    void aColumnAboveTheCharactersTierOrTierOnesIsUnavailable() {
        assertRefused(() -> LevelUps.apply(levelledTo(3), choices(null, card("b", Domain.BLADE, 1),
                fromColumn(3, HP_SLOT), Advancement.of(EVASION))), DAGGERHEART_ADVANCEMENT_UNAVAILABLE,
                "advancements[0].tier");
        assertRefused(() -> LevelUps.apply(levelledTo(3), choices(null, card("b", Domain.BLADE, 1),
                Advancement.of(EVASION), fromColumn(1, HP_SLOT))), DAGGERHEART_ADVANCEMENT_UNAVAILABLE,
                "advancements[1].tier");
    }

    @Test
    void eachSlotIsUsedOnceAndALowerColumnStaysOpen() {
        // tier 2's Evasion has one slot: taken at level 2, refused at level 3, but tier 3's own at level 5
        LevelUps.Sheet levelTwo = after(LEVEL_ONE, LevelUps.apply(LEVEL_ONE, choices("Smithing",
                card("b2", Domain.BLADE, 1), Advancement.of(EVASION), Advancement.of(HP_SLOT))));
        assertRefused(() -> LevelUps.apply(levelTwo, choices(null, card("b3", Domain.BLADE, 1),
                Advancement.of(HP_SLOT), Advancement.of(EVASION))), DAGGERHEART_ADVANCEMENT_UNAVAILABLE,
                "advancements[1]");
        // and twice in one level-up: the second finds the slot marked
        assertRefused(() -> LevelUps.apply(LEVEL_ONE, choices("Smithing", card("b2", Domain.BLADE, 1),
                Advancement.of(EVASION), Advancement.of(EVASION))), DAGGERHEART_ADVANCEMENT_UNAVAILABLE,
                "advancements[1]");
        // a tier-3 character may still take tier 2's unused slots: its HP slots
        LevelUps.Sheet levelFour = levelledTo(4);
        assertThat(LevelUps.available(levelFour.taken(), 2, TRAITS)).isTrue();
        LevelUps.Result five = LevelUps.apply(levelFour, choices("Level 5", card("b5", Domain.BLADE, 1),
                new Advancement(TRAITS, 2, List.of(AGILITY, STRENGTH), null, null, null, null, null),
                Advancement.of(HP_SLOT)));
        assertThat(five.taken()).contains(new TakenAdvancement(5, 2, TRAITS), new TakenAdvancement(5, 3, HP_SLOT));
    }

    @Test
    void theTraitAdvancementRaisesTwoUnmarkedTraitsAndMarksThem() {
        LevelUps.Result result = LevelUps.apply(LEVEL_ONE, choices("Smithing", card("b", Domain.BLADE, 1),
                traits(AGILITY, FINESSE), Advancement.of(HP_SLOT)));

        assertThat(result.traits()).isEqualTo(new TraitScores(2, 2, 1, 1, 0, -1));
        assertThat(result.markedTraits()).containsExactly(AGILITY, FINESSE);
    }

    @Test
    void aMarkedTraitWaitsForTheNextTierToClearTheMarks() {
        LevelUps.Sheet levelTwo = after(LEVEL_ONE, LevelUps.apply(LEVEL_ONE, choices("Smithing",
                card("b2", Domain.BLADE, 1), traits(AGILITY, FINESSE), Advancement.of(HP_SLOT))));

        assertRefused(() -> LevelUps.apply(levelTwo, choices(null, card("b3", Domain.BLADE, 1),
                traits(STRENGTH, AGILITY), Advancement.of(HP_SLOT))), DAGGERHEART_TRAIT_MARKED,
                "advancements[0].traits");
        // both trait picks in one level-up: the second finds the first's traits marked
        assertRefused(() -> LevelUps.apply(levelTwo, choices(null, card("b3", Domain.BLADE, 1),
                traits(STRENGTH, INSTINCT), traits(INSTINCT, PRESENCE))), DAGGERHEART_TRAIT_MARKED,
                "advancements[1].traits");

        LevelUps.Sheet levelFour = after(levelTwo, LevelUps.apply(levelTwo, choices(null, card("b3", Domain.BLADE, 1),
                traits(STRENGTH, INSTINCT), Advancement.of(STRESS_SLOT))));
        levelFour = after(levelFour, LevelUps.apply(levelFour, choices(null, card("b4", Domain.BLADE, 1),
                traits(PRESENCE, KNOWLEDGE), Advancement.of(STRESS_SLOT))));
        assertThat(levelFour.markedTraits()).hasSize(6);
        // level 5 clears the marks first (step 1), so Agility can be raised again
        LevelUps.Result five = LevelUps.apply(levelFour, choices("Level 5", card("b5", Domain.BLADE, 1),
                traits(AGILITY, STRENGTH), Advancement.of(HP_SLOT)));
        assertThat(five.markedTraits()).containsExactly(AGILITY, STRENGTH);
        assertThat(five.traits()).isEqualTo(new TraitScores(3, 4, 1, 2, 1, 0));
    }

    @Test
    void theTraitAdvancementNeedsTwoDifferentTraits() {
        for (List<Trait> chosen : List.of(List.of(AGILITY), List.of(AGILITY, AGILITY),
                List.of(AGILITY, STRENGTH, FINESSE))) {
            assertRefused(() -> LevelUps.apply(LEVEL_ONE, choices("Smithing", card("b", Domain.BLADE, 1),
                    new Advancement(TRAITS, null, chosen, null, null, null, null, null), Advancement.of(HP_SLOT))),
                    DAGGERHEART_ADVANCEMENT_CHOICE_INVALID, "advancements[0].traits");
        }
        assertRefused(() -> LevelUps.apply(LEVEL_ONE, choices("Smithing", card("b", Domain.BLADE, 1),
                Advancement.of(TRAITS), Advancement.of(HP_SLOT))), DAGGERHEART_ADVANCEMENT_CHOICE_INVALID,
                "advancements[0].traits");
    }

    @Test
    void theExperienceAdvancementRaisesTwoExperiencesIncludingTheOneJustGained() {
        LevelUps.Result result = LevelUps.apply(LEVEL_ONE, choices("Smithing", card("b", Domain.BLADE, 1),
                experiences("bodyguard", "Smithing"), Advancement.of(HP_SLOT)));

        assertThat(result.experiences()).containsExactly(new Experience("Bodyguard", 3),
                new Experience("Shieldwall Veteran", 2), new Experience("Smithing", 3));
    }

    @Test
    void theExperienceAdvancementNeedsTwoDifferentHeldExperiences() {
        assertRefused(() -> LevelUps.apply(LEVEL_ONE, choices("Smithing", card("b", Domain.BLADE, 1),
                experiences("Bodyguard", "Sailing"), Advancement.of(HP_SLOT))), DAGGERHEART_EXPERIENCE_NOT_HELD,
                "advancements[0].experiences");
        assertRefused(() -> LevelUps.apply(LEVEL_ONE, choices("Smithing", card("b", Domain.BLADE, 1),
                experiences("Bodyguard", "BODYGUARD"), Advancement.of(HP_SLOT))),
                DAGGERHEART_ADVANCEMENT_CHOICE_INVALID, "advancements[0].experiences");
    }

    @Test
    void theExtraDomainCardIsOfTheLevelOrLowerAndNoHigherThanItsColumnsLastLevel() {
        LevelUps.Result result = LevelUps.apply(LEVEL_ONE, choices("Smithing", card("step-four", Domain.BLADE, 2),
                new Advancement(DOMAIN_CARD, null, null, null, card("valor-2", Domain.VALOR, 2), CardPlace.LOADOUT,
                        null, null), Advancement.of(HP_SLOT)));
        assertThat(result.cards().loadout()).containsExactly(GET_BACK_UP, WHIRLWIND, card("valor-2", Domain.VALOR, 2));
        assertThat(result.cards().vault()).containsExactly(card("step-four", Domain.BLADE, 2));

        assertRefused(() -> LevelUps.apply(LEVEL_ONE, choices("Smithing", card("b", Domain.BLADE, 1),
                new Advancement(DOMAIN_CARD, null, null, null, card("valor-3", Domain.VALOR, 3), null, null, null),
                Advancement.of(HP_SLOT))), DAGGERHEART_CARD_LEVEL_TOO_HIGH, "advancements[0].domain_card");
        // at level 5, tier 2's column offers a card up to level 4 only ("up to level 4")
        LevelUps.Sheet levelFour = levelledTo(4);
        assertRefused(() -> LevelUps.apply(levelFour, choices("Level 5", card("b", Domain.BLADE, 1),
                new Advancement(DOMAIN_CARD, 2, null, null, card("valor-5", Domain.VALOR, 5), null, null, null),
                Advancement.of(HP_SLOT))), DAGGERHEART_CARD_LEVEL_TOO_HIGH, "advancements[0].domain_card");
        assertThat(LevelUps.apply(levelFour, choices("Level 5", card("b", Domain.BLADE, 1),
                new Advancement(DOMAIN_CARD, 3, null, null, card("valor-5", Domain.VALOR, 5), null, null, null),
                Advancement.of(HP_SLOT))).cards().vault()).contains(card("valor-5", Domain.VALOR, 5));
    }

    // --- step 4: a domain card, and an exchange -------------------------------------------------------------------

    @Test
    void theLevelUpsCardComesFromTheClassDomainsAtTheLevelOrLower() {
        assertRefused(() -> LevelUps.apply(LEVEL_ONE, choices("Smithing", card("blade-3", Domain.BLADE, 3),
                Advancement.of(HP_SLOT), Advancement.of(EVASION))), DAGGERHEART_CARD_LEVEL_TOO_HIGH, "domain_card");
        assertRefused(() -> LevelUps.apply(LEVEL_ONE, choices("Smithing", card("arcana-1", Domain.ARCANA, 1),
                Advancement.of(HP_SLOT), Advancement.of(EVASION))), DAGGERHEART_CARD_DOMAIN_NOT_OF_CLASS,
                "domain_card");
        assertRefused(() -> LevelUps.apply(LEVEL_ONE, choices("Smithing", WHIRLWIND, Advancement.of(HP_SLOT),
                Advancement.of(EVASION))), DAGGERHEART_CARD_DUPLICATE, "domain_card");
    }

    @Test
    void theCardGoesToTheVaultUnlessTheLoadoutIsChosenAndHasRoom() {
        LevelUps.Result vaulted = LevelUps.apply(LEVEL_ONE, choices("Smithing", card("b2", Domain.BLADE, 2),
                Advancement.of(HP_SLOT), Advancement.of(EVASION)));
        assertThat(vaulted.cards().vault()).containsExactly(card("b2", Domain.BLADE, 2));

        LevelUps.Sheet fullLoadout = new LevelUps.Sheet(DaggerheartClass.GUARDIAN, Subclass.STALWART, 1,
                TRAITS_AT_CREATION, Set.of(), LEVEL_ONE.experiences(), new AcquiredCards(List.of(GET_BACK_UP,
                WHIRLWIND, card("v1", Domain.VALOR, 1), card("v2", Domain.VALOR, 1), card("v3", Domain.VALOR, 1)),
                List.of()), SubclassCard.FOUNDATION, null, null, List.of());
        assertRefused(() -> LevelUps.apply(fullLoadout, new LevelUps.Choices(List.of(Advancement.of(HP_SLOT),
                Advancement.of(EVASION)), "Smithing", card("b2", Domain.BLADE, 2), CardPlace.LOADOUT, null)),
                DAGGERHEART_LOADOUT_FULL, "domain_card_place");
    }

    @Test
    void aHeldCardIsExchangedForOneOfTheSameLevelOrLowerInItsPlace() {
        DomainCard valor = card("valor-1", Domain.VALOR, 1);
        LevelUps.Result result = LevelUps.apply(LEVEL_ONE, new LevelUps.Choices(List.of(Advancement.of(HP_SLOT),
                Advancement.of(EVASION)), "Smithing", card("b2", Domain.BLADE, 2), null,
                new CardExchange("whirlwind", valor)));

        assertThat(result.cards().loadout()).containsExactly(GET_BACK_UP, valor);

        assertRefused(() -> LevelUps.apply(LEVEL_ONE, new LevelUps.Choices(List.of(Advancement.of(HP_SLOT),
                Advancement.of(EVASION)), "Smithing", card("b2", Domain.BLADE, 2), null,
                new CardExchange("whirlwind", card("valor-2", Domain.VALOR, 2)))), DAGGERHEART_CARD_LEVEL_TOO_HIGH,
                "card_exchange.domain_card");
        assertRefused(() -> LevelUps.apply(LEVEL_ONE, new LevelUps.Choices(List.of(Advancement.of(HP_SLOT),
                Advancement.of(EVASION)), "Smithing", card("b2", Domain.BLADE, 2), null,
                new CardExchange("unknown", valor))), DAGGERHEART_CARD_NOT_HELD, "card_exchange.card_id");
        assertRefused(() -> LevelUps.apply(LEVEL_ONE, new LevelUps.Choices(List.of(Advancement.of(HP_SLOT),
                Advancement.of(EVASION)), "Smithing", card("b2", Domain.BLADE, 2), null,
                new CardExchange("whirlwind", GET_BACK_UP))), DAGGERHEART_CARD_DUPLICATE, "card_exchange.domain_card");
    }

    // --- subclass upgrades and multiclassing ---------------------------------------------------------------------

    @Test
    void subclassUpgradesGoFromFoundationToSpecializationToMastery() {
        LevelUps.Result five = LevelUps.apply(levelledTo(4), choices("Level 5", card("b", Domain.BLADE, 1),
                Advancement.of(SUBCLASS_UPGRADE), Advancement.of(HP_SLOT)));
        assertThat(five.subclassCard()).isEqualTo(SubclassCard.SPECIALIZATION);

        LevelUps.Sheet levelSeven = levelledTo(7);
        LevelUps.Sheet sheet = new LevelUps.Sheet(levelSeven.characterClass(), levelSeven.subclass(), 7,
                levelSeven.traits(), levelSeven.markedTraits(), levelSeven.experiences(), levelSeven.cards(),
                SubclassCard.SPECIALIZATION, null, null, levelSeven.taken());
        assertThat(LevelUps.apply(sheet, choices("Level 8", card("b", Domain.BLADE, 1),
                Advancement.of(SUBCLASS_UPGRADE), Advancement.of(HP_SLOT))).subclassCard())
                .isEqualTo(SubclassCard.MASTERY);
    }

    @Test
    void anotherClasssSubclassCannotBeUpgraded() {
        assertRefused(() -> LevelUps.apply(levelledTo(4), choices("Level 5", card("b", Domain.BLADE, 1),
                new Advancement(SUBCLASS_UPGRADE, null, null, null, null, null, Subclass.NIGHTWALKER, null),
                Advancement.of(HP_SLOT))), DAGGERHEART_SUBCLASS_NOT_OF_CLASS, "advancements[0].subclass");
    }

    private static final Multiclass ROGUE = new Multiclass(DaggerheartClass.ROGUE, Domain.MIDNIGHT,
            Subclass.NIGHTWALKER);

    private static Advancement multiclass(Multiclass multiclass) {
        return new Advancement(MULTICLASS, null, null, null, null, null, null, multiclass);
    }

    @Test
    void multiclassingAtLevelFiveOpensOneDomainOfTheSecondClassUpToHalfTheLevel() {
        // SRD Multiclassing: cards of that domain up to half the level, rounded up: level 5 -> 3
        LevelUps.Result five = LevelUps.apply(levelledTo(4), choices("Level 5", card("midnight-3", Domain.MIDNIGHT, 3),
                multiclass(ROGUE)));

        assertThat(five.multiclass()).isEqualTo(ROGUE);
        assertThat(five.multiclassCard()).isEqualTo(SubclassCard.FOUNDATION);
        assertThat(five.cards().vault()).contains(card("midnight-3", Domain.MIDNIGHT, 3));
        assertRefused(() -> LevelUps.apply(levelledTo(4), choices("Level 5", card("midnight-4", Domain.MIDNIGHT, 4),
                multiclass(ROGUE))), DAGGERHEART_CARD_LEVEL_TOO_HIGH, "domain_card");
        // the other Rogue domain stays closed
        assertRefused(() -> LevelUps.apply(levelledTo(4), choices("Level 5", card("grace-1", Domain.GRACE, 1),
                multiclass(ROGUE))), DAGGERHEART_CARD_DOMAIN_NOT_OF_CLASS, "domain_card");
    }

    @Test
    void multiclassingNeedsTierThree() {
        assertRefused(() -> LevelUps.apply(levelledTo(3), choices(null, card("b", Domain.BLADE, 1),
                multiclass(ROGUE))), DAGGERHEART_ADVANCEMENT_UNAVAILABLE, "advancements[0]");
    }

    @Test
    void theSecondClassIsAnotherClassWithItsOwnDomainAndSubclass() {
        LevelUps.Sheet levelFour = levelledTo(4);
        assertRefused(() -> LevelUps.apply(levelFour, choices("Level 5", card("b", Domain.BLADE, 1),
                multiclass(new Multiclass(DaggerheartClass.GUARDIAN, Domain.VALOR, Subclass.VENGEANCE)))),
                DAGGERHEART_MULTICLASS_INVALID, "advancements[0].multiclass.character_class");
        assertRefused(() -> LevelUps.apply(levelFour, choices("Level 5", card("b", Domain.BLADE, 1),
                multiclass(new Multiclass(DaggerheartClass.ROGUE, Domain.ARCANA, Subclass.NIGHTWALKER)))),
                DAGGERHEART_MULTICLASS_INVALID, "advancements[0].multiclass.domain");
        assertRefused(() -> LevelUps.apply(levelFour, choices("Level 5", card("b", Domain.BLADE, 1),
                multiclass(new Multiclass(DaggerheartClass.ROGUE, Domain.GRACE, Subclass.TROUBADOUR)))),
                DAGGERHEART_SUBCLASS_NOT_OF_CLASS, "advancements[0].multiclass.subclass");
    }

    @Test
    void multiclassAndTheSubclassUpgradeCrossEachOtherOutInTheirColumnAndOneMulticlassIsAll() {
        LevelUps.Sheet levelFive = after(levelledTo(4), LevelUps.apply(levelledTo(4), choices("Level 5",
                card("b", Domain.BLADE, 1), multiclass(ROGUE))));
        assertThat(LevelUps.available(levelFive.taken(), 3, SUBCLASS_UPGRADE)).as("tier 3's upgrade").isFalse();
        assertThat(LevelUps.available(levelFive.taken(), 4, MULTICLASS)).as("the other multiclass").isFalse();
        assertThat(LevelUps.available(levelFive.taken(), 4, SUBCLASS_UPGRADE)).as("tier 4's upgrade").isTrue();
        assertRefused(() -> LevelUps.apply(levelFive, choices(null, card("b6", Domain.BLADE, 1),
                Advancement.of(SUBCLASS_UPGRADE), Advancement.of(HP_SLOT))), DAGGERHEART_ADVANCEMENT_UNAVAILABLE,
                "advancements[0]");

        LevelUps.Sheet upgraded = after(levelledTo(4), LevelUps.apply(levelledTo(4), choices("Level 5",
                card("b", Domain.BLADE, 1), Advancement.of(SUBCLASS_UPGRADE), Advancement.of(HP_SLOT))));
        assertThat(LevelUps.available(upgraded.taken(), 3, MULTICLASS)).as("tier 3's multiclass").isFalse();
        assertThat(LevelUps.available(upgraded.taken(), 4, MULTICLASS)).as("tier 4's multiclass").isTrue();
    }

    @Test
    void theSecondClasssSubclassCanBeUpgradedToo() {
        LevelUps.Sheet levelSeven = levelledTo(7);
        List<TakenAdvancement> taken = new ArrayList<>(levelSeven.taken());
        taken.add(new TakenAdvancement(5, 3, MULTICLASS));
        LevelUps.Sheet multiclassed = new LevelUps.Sheet(levelSeven.characterClass(), levelSeven.subclass(), 7,
                levelSeven.traits(), levelSeven.markedTraits(), levelSeven.experiences(), levelSeven.cards(),
                SubclassCard.FOUNDATION, ROGUE, SubclassCard.FOUNDATION, taken);

        LevelUps.Result eight = LevelUps.apply(multiclassed, choices("Level 8", card("b", Domain.BLADE, 1),
                new Advancement(SUBCLASS_UPGRADE, null, null, null, null, null, Subclass.NIGHTWALKER, null),
                Advancement.of(HP_SLOT)));

        assertThat(eight.multiclassCard()).isEqualTo(SubclassCard.SPECIALIZATION);
        assertThat(eight.subclassCard()).isEqualTo(SubclassCard.FOUNDATION);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = AdvancementOption.class, names = {"HP_SLOT", "STRESS_SLOT", "EVASION", "PROFICIENCY"})
    void theNumbersFollowTheAdvancementsTaken(AdvancementOption option) {
        LevelUps.Bonuses bonuses = LevelUps.Bonuses.of(List.of(new TakenAdvancement(5, 3, option),
                new TakenAdvancement(6, 3, option), new TakenAdvancement(6, 2, TRAITS)));

        assertThat(bonuses).isEqualTo(switch (option) {
            case HP_SLOT -> new LevelUps.Bonuses(2, 0, 0, 0);
            case STRESS_SLOT -> new LevelUps.Bonuses(0, 2, 0, 0);
            case EVASION -> new LevelUps.Bonuses(0, 0, 2, 0);
            default -> new LevelUps.Bonuses(0, 0, 0, 2);
        });
    }
}
