package dev.duality.sys.daggerheart.rules;

import dev.duality.core.value.ValueRejection;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_SUBCLASS_NOT_OF_CLASS;
import static dev.duality.sys.daggerheart.rules.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class ClassRulesTest {

    // SRD character creation, class table, "domains" column
    @ParameterizedTest(name = "{0}: {1} + {2}")
    @CsvSource({
            "BARD,     GRACE,    CODEX",
            "DRUID,    SAGE,     ARCANA",
            "GUARDIAN, VALOR,    BLADE",
            "RANGER,   BONE,     SAGE",
            "ROGUE,    MIDNIGHT, GRACE",
            "SERAPH,   SPLENDOR, VALOR",
            "SORCERER, ARCANA,   MIDNIGHT",
            "WARRIOR,  BLADE,    BONE",
            "WIZARD,   CODEX,    SPLENDOR"})
    void eachClassHasItsTwoDomains(DaggerheartClass characterClass, Domain first, Domain second) {
        assertThat(ClassRules.domains(characterClass)).containsExactly(first, second);
    }

    // SRD: "Domains (9) ... Each is shared by exactly 2 classes"
    @ParameterizedTest(name = "{0}")
    @EnumSource(Domain.class)
    void everyDomainIsSharedByExactlyTwoClasses(Domain domain) {
        long classes = Arrays.stream(DaggerheartClass.values())
                .filter(c -> ClassRules.domains(c).contains(domain)).count();
        assertThat(classes).isEqualTo(2);
    }

    @Test
    void thereAreNineDomains() {
        assertThat(Domain.values()).hasSize(9);
    }

    // SRD subclass list and Spellcast trait by subclass; "-" means no Spellcast trait
    @ParameterizedTest(name = "{0}: {1}, spellcast {2}")
    @CsvSource({
            "TROUBADOUR,             BARD,     PRESENCE",
            "WORDSMITH,              BARD,     PRESENCE",
            "WARDEN_OF_THE_ELEMENTS, DRUID,    INSTINCT",
            "WARDEN_OF_RENEWAL,      DRUID,    INSTINCT",
            "STALWART,               GUARDIAN, -",
            "VENGEANCE,              GUARDIAN, -",
            "BEASTBOUND,             RANGER,   AGILITY",
            "WAYFINDER,              RANGER,   AGILITY",
            "NIGHTWALKER,            ROGUE,    FINESSE",
            "SYNDICATE,              ROGUE,    FINESSE",
            "DIVINE_WIELDER,         SERAPH,   STRENGTH",
            "WINGED_SENTINEL,        SERAPH,   STRENGTH",
            "ELEMENTAL_ORIGIN,       SORCERER, INSTINCT",
            "PRIMAL_ORIGIN,          SORCERER, INSTINCT",
            "CALL_OF_THE_BRAVE,      WARRIOR,  -",
            "CALL_OF_THE_SLAYER,     WARRIOR,  -",
            "SCHOOL_OF_KNOWLEDGE,    WIZARD,   KNOWLEDGE",
            "SCHOOL_OF_WAR,          WIZARD,   KNOWLEDGE"})
    void eachSubclassKnowsItsClassAndSpellcastTrait(Subclass subclass, DaggerheartClass characterClass,
                                                     String spellcast) {
        assertThat(subclass.characterClass()).isEqualTo(characterClass);
        Optional<Trait> expected = spellcast.equals("-") ? Optional.empty() : Optional.of(Trait.valueOf(spellcast));
        assertThat(subclass.spellcastTrait()).isEqualTo(expected);
        assertThat(ClassRules.requireSubclassOf(characterClass, subclass)).isEqualTo(subclass);
    }

    // SRD: "Classes / subclasses per class = 9 / 2"
    @ParameterizedTest(name = "{0}: {1}, {2}")
    @CsvSource({
            "BARD,     TROUBADOUR,             WORDSMITH",
            "DRUID,    WARDEN_OF_THE_ELEMENTS, WARDEN_OF_RENEWAL",
            "GUARDIAN, STALWART,               VENGEANCE",
            "RANGER,   BEASTBOUND,             WAYFINDER",
            "ROGUE,    NIGHTWALKER,            SYNDICATE",
            "SERAPH,   DIVINE_WIELDER,         WINGED_SENTINEL",
            "SORCERER, ELEMENTAL_ORIGIN,       PRIMAL_ORIGIN",
            "WARRIOR,  CALL_OF_THE_BRAVE,      CALL_OF_THE_SLAYER",
            "WIZARD,   SCHOOL_OF_KNOWLEDGE,    SCHOOL_OF_WAR"})
    void eachClassHasExactlyTwoSubclasses(DaggerheartClass characterClass, Subclass first, Subclass second) {
        assertThat(ClassRules.subclasses(characterClass)).containsExactly(first, second);
    }

    @Test
    void thereAreEighteenSubclasses() {
        assertThat(Subclass.values()).hasSize(18);
    }

    @Test
    void everySubclassOfAnotherClassIsRefusedNamingTheSubclass() {
        // the SRD pairs, typed in; every other class/subclass combination must be refused
        Map<DaggerheartClass, List<Subclass>> srd = new EnumMap<>(DaggerheartClass.class);
        srd.put(DaggerheartClass.BARD, List.of(Subclass.TROUBADOUR, Subclass.WORDSMITH));
        srd.put(DaggerheartClass.DRUID, List.of(Subclass.WARDEN_OF_THE_ELEMENTS, Subclass.WARDEN_OF_RENEWAL));
        srd.put(DaggerheartClass.GUARDIAN, List.of(Subclass.STALWART, Subclass.VENGEANCE));
        srd.put(DaggerheartClass.RANGER, List.of(Subclass.BEASTBOUND, Subclass.WAYFINDER));
        srd.put(DaggerheartClass.ROGUE, List.of(Subclass.NIGHTWALKER, Subclass.SYNDICATE));
        srd.put(DaggerheartClass.SERAPH, List.of(Subclass.DIVINE_WIELDER, Subclass.WINGED_SENTINEL));
        srd.put(DaggerheartClass.SORCERER, List.of(Subclass.ELEMENTAL_ORIGIN, Subclass.PRIMAL_ORIGIN));
        srd.put(DaggerheartClass.WARRIOR, List.of(Subclass.CALL_OF_THE_BRAVE, Subclass.CALL_OF_THE_SLAYER));
        srd.put(DaggerheartClass.WIZARD, List.of(Subclass.SCHOOL_OF_KNOWLEDGE, Subclass.SCHOOL_OF_WAR));
        int refused = 0;
        for (DaggerheartClass characterClass : DaggerheartClass.values()) {
            for (Subclass subclass : Subclass.values()) {
                if (!srd.get(characterClass).contains(subclass)) {
                    assertRefused(() -> ClassRules.requireSubclassOf(characterClass, subclass),
                            DAGGERHEART_SUBCLASS_NOT_OF_CLASS, "subclass");
                    refused++;
                }
            }
        }
        assertThat(refused).isEqualTo(9 * 16);
    }

    @Test
    void aMissingSubclassOrClassIsRequired() {
        assertRefused(() -> ClassRules.requireSubclassOf(DaggerheartClass.BARD, null), ValueRejection.VALUE_REQUIRED,
                "subclass");
        assertRefused(() -> ClassRules.requireSubclassOf(null, Subclass.WORDSMITH), ValueRejection.VALUE_REQUIRED,
                "character_class");
    }
}
