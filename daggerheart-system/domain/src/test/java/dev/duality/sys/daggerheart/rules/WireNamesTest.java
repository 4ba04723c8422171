package dev.duality.sys.daggerheart.rules;

import dev.duality.core.value.Wire;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.duality.sys.daggerheart.rules.Refusals.JOURNAL;
import static org.assertj.core.api.Assertions.assertThat;

/** Wire names are stored in the journal and sent over HTTP: typed in here so a rename fails a test. */
class WireNamesTest {

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Enum<?> constant(String type, String name) throws ClassNotFoundException {
        Class<? extends Enum> enumType = (Class<? extends Enum>) Class.forName(
                WireNamesTest.class.getPackageName() + "." + type);
        return Enum.valueOf(enumType, name);
    }

    @ParameterizedTest(name = "{0}.{1} = {2}")
    @CsvSource({
            "Domain, ARCANA, arcana", "Domain, BLADE, blade", "Domain, BONE, bone", "Domain, CODEX, codex",
            "Domain, GRACE, grace", "Domain, MIDNIGHT, midnight", "Domain, SAGE, sage", "Domain, SPLENDOR, splendor",
            "Domain, VALOR, valor",
            "Trait, AGILITY, agility", "Trait, STRENGTH, strength", "Trait, FINESSE, finesse",
            "Trait, INSTINCT, instinct", "Trait, PRESENCE, presence", "Trait, KNOWLEDGE, knowledge",
            "Subclass, TROUBADOUR, troubadour", "Subclass, WORDSMITH, wordsmith",
            "Subclass, WARDEN_OF_THE_ELEMENTS, warden_of_the_elements",
            "Subclass, WARDEN_OF_RENEWAL, warden_of_renewal", "Subclass, STALWART, stalwart",
            "Subclass, VENGEANCE, vengeance", "Subclass, BEASTBOUND, beastbound", "Subclass, WAYFINDER, wayfinder",
            "Subclass, NIGHTWALKER, nightwalker", "Subclass, SYNDICATE, syndicate",
            "Subclass, DIVINE_WIELDER, divine_wielder", "Subclass, WINGED_SENTINEL, winged_sentinel",
            "Subclass, ELEMENTAL_ORIGIN, elemental_origin", "Subclass, PRIMAL_ORIGIN, primal_origin",
            "Subclass, CALL_OF_THE_BRAVE, call_of_the_brave", "Subclass, CALL_OF_THE_SLAYER, call_of_the_slayer",
            "Subclass, SCHOOL_OF_KNOWLEDGE, school_of_knowledge", "Subclass, SCHOOL_OF_WAR, school_of_war",
            "ArmorPreset, GAMBESON, gambeson", "ArmorPreset, LEATHER, leather", "ArmorPreset, CHAINMAIL, chainmail",
            "ArmorPreset, FULL_PLATE, full_plate",
            "DomainCardType, ABILITY, ability", "DomainCardType, SPELL, spell", "DomainCardType, GRIMOIRE, grimoire",
            "CardPlace, LOADOUT, loadout", "CardPlace, VAULT, vault",
            "Condition, HIDDEN, hidden", "Condition, RESTRAINED, restrained", "Condition, VULNERABLE, vulnerable",
            "DualityResult, CRITICAL_SUCCESS, critical_success", "DualityResult, SUCCESS_WITH_HOPE, success_with_hope",
            "DualityResult, SUCCESS_WITH_FEAR, success_with_fear",
            "DualityResult, FAILURE_WITH_HOPE, failure_with_hope",
            "DualityResult, FAILURE_WITH_FEAR, failure_with_fear", "DualityResult, WITH_HOPE, with_hope",
            "DualityResult, WITH_FEAR, with_fear",
            "GmMove, NONE, none", "GmMove, MINOR, minor", "GmMove, MAJOR, major",
            "DamageType, PHYSICAL, physical", "DamageType, MAGIC, magic",
            "Severity, NONE, none", "Severity, MINOR, minor", "Severity, MAJOR, major", "Severity, SEVERE, severe",
            "Severity, MASSIVE, massive",
            "ArmorSlotUse, USED, used", "ArmorSlotUse, NOTHING_TO_REDUCE, nothing_to_reduce",
            "ArmorSlotUse, DIRECT_DAMAGE, direct_damage", "ArmorSlotUse, NOT_REQUESTED, not_requested",
            "ArmorSlotUse, NO_SLOT_AVAILABLE, no_slot_available",
            // countdowns
            "CountdownTone, NEUTRAL, neutral", "CountdownTone, PROGRESS, progress",
            "CountdownTone, CONSEQUENCE, consequence",
            "CountdownPolicy, MANUAL, manual", "CountdownPolicy, ACTION_STANDARD, action_standard",
            "CountdownPolicy, ACTION_DYNAMIC, action_dynamic", "CountdownPolicy, LONG_TERM, long_term",
            "CountdownLoop, NONE, none", "CountdownLoop, RESET, reset",
            "CountdownLoop, RESET_INCREASE_START, reset_increase_start",
            "CountdownLoop, RESET_DECREASE_START, reset_decrease_start",
            "CountdownSkip, TRIGGER_PENDING, trigger_pending", "CountdownSkip, RESULT_UNRESOLVED, result_unresolved",
            "AdversaryType, BRUISER, bruiser", "AdversaryType, HORDE, horde", "AdversaryType, LEADER, leader",
            "AdversaryType, MINION, minion", "AdversaryType, RANGED, ranged", "AdversaryType, SKULK, skulk",
            "AdversaryType, SOCIAL, social", "AdversaryType, SOLO, solo", "AdversaryType, STANDARD, standard",
            "AdversaryType, SUPPORT, support",
            "Range, MELEE, melee", "Range, VERY_CLOSE, very_close", "Range, CLOSE, close", "Range, FAR, far",
            "Range, VERY_FAR, very_far",
            "FeatureKind, ACTION, action", "FeatureKind, REACTION, reaction", "FeatureKind, PASSIVE, passive"})
    void everyConstantHasItsWireName(String type, String name, String wire) throws Exception {
        Enum<?> value = constant(type, name);
        assertThat(Wire.name(value)).isEqualTo(wire);
        assertThat(JOURNAL.writeValueAsString(value)).isEqualTo("\"" + wire + "\"");
        assertThat(JOURNAL.readValue("\"" + wire + "\"", value.getDeclaringClass())).isEqualTo(value);
    }

    // the rows above cover every constant: a new constant without a typed wire name fails here
    @ParameterizedTest(name = "{0} has {1} constants")
    @CsvSource({"Domain, 9", "Trait, 6", "Subclass, 18", "ArmorPreset, 4", "DomainCardType, 3", "CardPlace, 2",
            "Condition, 3", "DualityResult, 7", "GmMove, 3", "DamageType, 2", "Severity, 5", "ArmorSlotUse, 5",
            "CountdownTone, 3", "CountdownPolicy, 4", "CountdownLoop, 4", "CountdownSkip, 2",
            "AdversaryType, 10", "Range, 5", "FeatureKind, 3"})
    void eachEnumHasTheCountedConstants(String type, int count) throws Exception {
        Class<?> enumType = Class.forName(WireNamesTest.class.getPackageName() + "." + type);
        Map<String, Long> names = Arrays.stream(enumType.getEnumConstants())
                .collect(Collectors.groupingBy(c -> Wire.name((Enum<?>) c), Collectors.counting()));
        assertThat(enumType.getEnumConstants()).hasSize(count);
        assertThat(names).hasSize(count); // wire names are unique
        assertThat(names.keySet()).allMatch(n -> n.matches("[a-z]+(_[a-z]+)*"));
    }
}
