package dev.duality.sys.daggerheart.character;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.testing.FakeAggregateLookup;
import dev.duality.sys.daggerheart.character.api.CharacterProfileUpdated;
import dev.duality.sys.daggerheart.character.api.CharacterStatePatched;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterCreated;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import dev.duality.sys.daggerheart.character.api.Equipment;
import dev.duality.sys.daggerheart.character.api.Heritage;
import dev.duality.sys.daggerheart.character.api.LifeState;
import dev.duality.sys.daggerheart.character.api.UpdateCharacterProfile;
import dev.duality.sys.daggerheart.rules.AcquiredCards;
import dev.duality.sys.daggerheart.rules.Ancestry;
import dev.duality.sys.daggerheart.rules.ArmorPreset;
import dev.duality.sys.daggerheart.rules.Community;
import dev.duality.sys.daggerheart.rules.ConditionSet;
import dev.duality.sys.daggerheart.rules.CreationStep;
import dev.duality.sys.daggerheart.rules.Domain;
import dev.duality.sys.daggerheart.rules.DomainCard;
import dev.duality.sys.daggerheart.rules.DomainCardType;
import dev.duality.sys.daggerheart.rules.Experience;
import dev.duality.sys.daggerheart.rules.Gold;
import dev.duality.sys.daggerheart.rules.Subclass;
import dev.duality.sys.daggerheart.rules.TraitScores;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.util.Arrays;
import java.util.List;

/**
 * Test data for the sheet aggregate: one Guardian, typed in from the SRD tables (never computed with the code under
 * test), and builders for the profile command and event, whose many optional parts would otherwise drown each test.
 */
final class Sheets {
    static final CampaignId CAMPAIGN = CampaignId.of("campaign-1");
    static final CharacterId HERO = CharacterId.of("hero-1");
    static final SessionId SESSION = SessionId.of("session-1");

    // SRD class table, Guardian: HP 7, Evasion 9, domains Valor and Blade, subclasses Stalwart and Vengeance.
    // Character creation step 4: level 1, 6 Stress slots, 2 Hope (max 6), Proficiency 1.
    // Unarmored: Armor Score 0, Major = level = 1, Severe = 2 x level = 2.
    static final int GUARDIAN_HP = 7;
    static final int GUARDIAN_EVASION = 9;

    // step 3: +2, +1, +1, 0, 0, -1 (agility, strength, finesse, instinct, presence, knowledge)
    static final TraitScores TRAITS = new TraitScores(1, 2, 0, 1, 0, -1);
    // step 7: two Experiences at +2
    static final Experience BODYGUARD = new Experience("Bodyguard", 2);
    static final Experience VETERAN = new Experience("Shieldwall Veteran", 2);
    static final List<Experience> EXPERIENCES = List.of(BODYGUARD, VETERAN);
    // step 8: two level-1 cards of the Guardian's domains (SRD abilities: Blade, level 1, Recall Cost 1 and 0)
    static final DomainCard GET_BACK_UP = new DomainCard("get-back-up", "Get Back Up", Domain.BLADE, 1, 1,
            DomainCardType.ABILITY);
    static final DomainCard WHIRLWIND = new DomainCard("whirlwind", "Whirlwind", Domain.BLADE, 1, 0,
            DomainCardType.ABILITY);
    static final List<DomainCard> CARDS = List.of(GET_BACK_UP, WHIRLWIND);
    // a level-2 Blade card and a level-1 Arcana card (Arcana is a Druid and Sorcerer domain)
    static final DomainCard A_SOLDIERS_BOND = new DomainCard("a-soldiers-bond", "A Soldier's Bond", Domain.BLADE, 2,
            1, DomainCardType.ABILITY);
    static final DomainCard RUNE_WARD = new DomainCard("rune-ward", "Rune Ward", Domain.ARCANA, 1, 0,
            DomainCardType.SPELL);
    // Dwarf: no feature that changes the sheet's numbers
    static final Heritage HERITAGE = new Heritage(Ancestry.DWARF, Community.ORDERBORNE);
    static final Equipment UNARMORED = new Equipment(null, new Name("Longsword"), null);
    static final FreeText DESCRIPTION = FreeText.of("Broad-shouldered, with a dented tower shield", "description");
    static final FreeText BACKGROUND = FreeText.of("Held the bridge at Harrowmere alone", "background");
    static final FreeText CONNECTIONS = FreeText.of("Owes the party's bard a life", "connections");

    private Sheets() {
    }

    /** A fixture for the sheet with the lookup {@code ApplyDamage} reads the campaign's settings through. */
    static FixtureConfiguration<DaggerheartCharacter> fixture(FakeAggregateLookup lookup) {
        // The fixture reports illegal state changes by default: state set outside an @EventSourcingHandler fails a test.
        FixtureConfiguration<DaggerheartCharacter> fixture = new AggregateTestFixture<>(DaggerheartCharacter.class);
        fixture.registerInjectableResource(lookup);
        return fixture;
    }

    /** A level-1 Guardian without subclass: 7 HP, 6 Stress, 2 of 6 Hope, Evasion 9, Proficiency 1, 0 armor, 1/2. */
    static DaggerheartCharacterCreated guardian() {
        return new DaggerheartCharacterCreated(CAMPAIGN, HERO, DaggerheartClass.GUARDIAN, null, 1, GUARDIAN_HP, 6, 2,
                6, GUARDIAN_EVASION, 1, 0, 1, 2, List.of());
    }

    /**
     * The Guardian puts on Leather Armor (SRD armor table: base 6/13, score 3, no Evasion change): thresholds 6+1 = 7
     * and 13+1 = 14 at level 1, 3 Armor Slots, Evasion 9.
     */
    static CharacterProfileUpdated inLeather() {
        return profileUpdated().equipment(leather()).armorScore(3).thresholds(7, 14)
                .steps(CreationStep.EQUIPMENT).build();
    }

    /**
     * Every creation step done, in Leather Armor: the Stalwart Guardian of the Orderborne with {@link #TRAITS}, the two
     * Experiences and the two level-1 Blade cards in the loadout (Get Back Up, Recall Cost 1; Whirlwind, 0); 3 Armor
     * Slots, thresholds 7/14.
     */
    static CharacterProfileUpdated readyInLeather() {
        ProfileUpdated ready = profileUpdated();
        for (CreationStep step : CreationStep.values()) {
            ready.part(step);
        }
        return ready.equipment(leather()).armorScore(3).thresholds(7, 14).steps(CreationStep.values()).build();
    }

    static Equipment leather() {
        return new Equipment(ArmorPreset.LEATHER.armor(), new Name("Longsword"), null);
    }

    /** Traits and Experiences written: what an action roll adds. */
    static CharacterProfileUpdated withTraitsAndExperiences() {
        return profileUpdated().traits(TRAITS).experiences(EXPERIENCES)
                .steps(CreationStep.TRAITS, CreationStep.EXPERIENCES).build();
    }

    /** The Guardian's tracks set directly (no conditions, no cause), as a patch records them. */
    static CharacterStatePatched state(int hpMarked, int stressMarked, int hope, int armorMarked, LifeState life) {
        return new CharacterStatePatched(CAMPAIGN, HERO, hpMarked, stressMarked, hope, 6, armorMarked, life,
                ConditionSet.NONE, null, null, null);
    }

    static ProfileUpdate profileUpdate() {
        return new ProfileUpdate();
    }

    static ProfileUpdated profileUpdated() {
        return new ProfileUpdated();
    }

    /** Builds an {@link UpdateCharacterProfile}: every part left out unless set. */
    static final class ProfileUpdate {
        private Subclass subclass;
        private Heritage heritage;
        private TraitScores traits;
        private Equipment equipment;
        private List<Experience> experiences;
        private List<DomainCard> domainCards;
        private FreeText description;
        private FreeText background;
        private FreeText connections;
        private Gold gold;

        ProfileUpdate subclass(Subclass value) {
            subclass = value;
            return this;
        }

        ProfileUpdate heritage(Heritage value) {
            heritage = value;
            return this;
        }

        ProfileUpdate traits(TraitScores value) {
            traits = value;
            return this;
        }

        ProfileUpdate equipment(Equipment value) {
            equipment = value;
            return this;
        }

        ProfileUpdate experiences(List<Experience> value) {
            experiences = value;
            return this;
        }

        ProfileUpdate domainCards(List<DomainCard> value) {
            domainCards = value;
            return this;
        }

        ProfileUpdate description(FreeText value) {
            description = value;
            return this;
        }

        ProfileUpdate background(FreeText value) {
            background = value;
            return this;
        }

        ProfileUpdate connections(FreeText value) {
            connections = value;
            return this;
        }

        ProfileUpdate gold(Gold value) {
            gold = value;
            return this;
        }

        /** The sample part of one creation step (see the constants above). */
        ProfileUpdate part(CreationStep step) {
            return switch (step) {
                case CLASS_SUBCLASS -> subclass(Subclass.STALWART);
                case HERITAGE -> heritage(HERITAGE);
                case TRAITS -> traits(TRAITS);
                case EQUIPMENT -> equipment(UNARMORED);
                case EXPERIENCES -> experiences(EXPERIENCES);
                case DOMAIN_CARDS -> domainCards(CARDS);
                case DETAILS -> description(DESCRIPTION);
                case BACKGROUND -> background(BACKGROUND);
                case CONNECTIONS -> connections(CONNECTIONS);
            };
        }

        UpdateCharacterProfile build() {
            return new UpdateCharacterProfile(CAMPAIGN, HERO, subclass, heritage, traits, equipment, experiences,
                    domainCards, description, background, connections, gold);
        }
    }

    /**
     * Builds a {@link CharacterProfileUpdated}: parts not set are null, the numbers default to the unarmored level-1
     * Guardian's with nothing marked, and no step is completed unless set.
     */
    static final class ProfileUpdated {
        private Subclass subclass;
        private Heritage heritage;
        private TraitScores traits;
        private Equipment equipment;
        private List<Experience> experiences;
        private AcquiredCards domainCards;
        private FreeText description;
        private FreeText background;
        private FreeText connections;
        private Gold gold;
        private int hpMax = GUARDIAN_HP;
        private int stressMax = 6;
        private int evasion = GUARDIAN_EVASION;
        private int proficiency = 1;
        private int armorScore = 0;
        private int major = 1;
        private int severe = 2;
        private int hpMarked;
        private int stressMarked;
        private int armorMarked;
        private List<CreationStep> steps = List.of();

        ProfileUpdated subclass(Subclass value) {
            subclass = value;
            return this;
        }

        ProfileUpdated heritage(Heritage value) {
            heritage = value;
            return this;
        }

        ProfileUpdated traits(TraitScores value) {
            traits = value;
            return this;
        }

        ProfileUpdated equipment(Equipment value) {
            equipment = value;
            return this;
        }

        ProfileUpdated experiences(List<Experience> value) {
            experiences = value;
            return this;
        }

        /** Starting cards go into the loadout; the vault stays empty. */
        ProfileUpdated domainCards(List<DomainCard> loadout) {
            domainCards = new AcquiredCards(loadout, List.of());
            return this;
        }

        ProfileUpdated description(FreeText value) {
            description = value;
            return this;
        }

        ProfileUpdated background(FreeText value) {
            background = value;
            return this;
        }

        ProfileUpdated connections(FreeText value) {
            connections = value;
            return this;
        }

        ProfileUpdated gold(Gold value) {
            gold = value;
            return this;
        }

        ProfileUpdated hpMax(int value) {
            hpMax = value;
            return this;
        }

        ProfileUpdated stressMax(int value) {
            stressMax = value;
            return this;
        }

        ProfileUpdated evasion(int value) {
            evasion = value;
            return this;
        }

        ProfileUpdated proficiency(int value) {
            proficiency = value;
            return this;
        }

        ProfileUpdated armorScore(int value) {
            armorScore = value;
            return this;
        }

        ProfileUpdated thresholds(int majorThreshold, int severeThreshold) {
            major = majorThreshold;
            severe = severeThreshold;
            return this;
        }

        ProfileUpdated marked(int hp, int stress, int armor) {
            hpMarked = hp;
            stressMarked = stress;
            armorMarked = armor;
            return this;
        }

        ProfileUpdated steps(CreationStep... completed) {
            steps = Arrays.asList(completed);
            return this;
        }

        /** The same sample part as {@link ProfileUpdate#part}, as the event records it. */
        ProfileUpdated part(CreationStep step) {
            return switch (step) {
                case CLASS_SUBCLASS -> subclass(Subclass.STALWART);
                case HERITAGE -> heritage(HERITAGE);
                case TRAITS -> traits(TRAITS);
                case EQUIPMENT -> equipment(UNARMORED);
                case EXPERIENCES -> experiences(EXPERIENCES);
                case DOMAIN_CARDS -> domainCards(CARDS);
                case DETAILS -> description(DESCRIPTION);
                case BACKGROUND -> background(BACKGROUND);
                case CONNECTIONS -> connections(CONNECTIONS);
            };
        }

        CharacterProfileUpdated build() {
            return new CharacterProfileUpdated(CAMPAIGN, HERO, subclass, heritage, traits, equipment, experiences,
                    domainCards, description, background, connections, gold, hpMax, stressMax, evasion, proficiency,
                    armorScore, major, severe, hpMarked, stressMarked, armorMarked, List.copyOf(steps));
        }
    }
}
