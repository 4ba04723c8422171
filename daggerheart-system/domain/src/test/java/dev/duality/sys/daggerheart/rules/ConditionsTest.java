package dev.duality.sys.daggerheart.rules;

import dev.duality.core.value.ValueRejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CONDITION_DIFF_MISMATCH;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CONDITION_DUPLICATE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CONDITION_UNCHANGED;
import static dev.duality.sys.daggerheart.rules.Condition.HIDDEN;
import static dev.duality.sys.daggerheart.rules.Condition.RESTRAINED;
import static dev.duality.sys.daggerheart.rules.Condition.VULNERABLE;
import static dev.duality.sys.daggerheart.rules.Refusals.JOURNAL;
import static dev.duality.sys.daggerheart.rules.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class ConditionsTest {

    /** "hidden vulnerable" -> a set; "-" is the empty set. */
    private static List<Condition> list(String names) {
        return names.equals("-") ? List.of()
                : Arrays.stream(names.trim().split(" +")).map(n -> Condition.valueOf(n.toUpperCase())).toList();
    }

    private static ConditionSet set(String names) {
        return new ConditionSet(list(names));
    }

    @Test
    void aSetIsSortedSoOrderDoesNotMatter() {
        assertThat(new ConditionSet(List.of(VULNERABLE, HIDDEN)).conditions()).containsExactly(HIDDEN, VULNERABLE);
        assertThat(new ConditionSet(List.of(VULNERABLE, RESTRAINED, HIDDEN)))
                .isEqualTo(new ConditionSet(List.of(HIDDEN, RESTRAINED, VULNERABLE)));
        assertThat(ConditionSet.NONE.conditions()).isEmpty();
    }

    // SRD: "The same condition can't be applied twice to one target"
    @Test
    void aListNamingAConditionTwiceIsRefused() {
        assertRefused(() -> new ConditionSet(List.of(HIDDEN, HIDDEN)), DAGGERHEART_CONDITION_DUPLICATE, "conditions");
        assertRefused(() -> ConditionSet.of(List.of(VULNERABLE, HIDDEN, VULNERABLE), "added"),
                DAGGERHEART_CONDITION_DUPLICATE, "added");
        assertRefused(() -> new ConditionSet(null), ValueRejection.VALUE_REQUIRED, "conditions");
        assertRefused(() -> new ConditionSet(Arrays.asList(HIDDEN, null)), ValueRejection.VALUE_REQUIRED,
                "conditions[1]");
    }

    @ParameterizedTest(name = "{0} -> {1}: +{2} -{3}")
    @CsvSource({
            "-,                          hidden,                     hidden,                     -",
            "hidden,                     -,                          -,                          hidden",
            "hidden,                     hidden vulnerable,          vulnerable,                 -",
            "hidden restrained,          restrained vulnerable,      vulnerable,                 hidden",
            "hidden restrained vulnerable, -,                        -,                          hidden restrained vulnerable",
            "-,                          vulnerable restrained hidden, hidden restrained vulnerable, -",
            "restrained,                 restrained,                 -,                          -"})
    void theDiffIsWhatWasAddedAndRemoved(String before, String after, String added, String removed) {
        Conditions.ConditionDiff diff = Conditions.diff(set(before), set(after));
        assertThat(diff).isEqualTo(new Conditions.ConditionDiff(set(added), set(removed)));
    }

    @Test
    void aChangeStatingItsRealDiffIsAccepted() {
        Conditions.ConditionDiff diff = Conditions.requireChange(set("hidden restrained"), set("restrained vulnerable"),
                List.of(VULNERABLE), List.of(HIDDEN));
        assertThat(diff.added().conditions()).containsExactly(VULNERABLE);
        assertThat(diff.removed().conditions()).containsExactly(HIDDEN);
    }

    @ParameterizedTest(name = "{0} -> {1} stated +{2} -{3}: {4}")
    @CsvSource({
            "-,          hidden,            -,          -,      added",
            "-,          hidden,            vulnerable, -,      added",
            "hidden,     -,                 -,          -,      removed",
            "hidden,     vulnerable,        vulnerable, -,      removed",
            "hidden,     vulnerable,        hidden,     hidden, added",
            "restrained, restrained,        restrained, -,      added",
            "restrained, restrained,        -,          hidden, removed"})
    void aChangeMisstatingItsDiffIsRefused(String before, String after, String added, String removed, String field) {
        assertRefused(() -> Conditions.requireChange(set(before), set(after), list(added), list(removed)),
                DAGGERHEART_CONDITION_DIFF_MISMATCH, field);
    }

    @Test
    void aChangeThatChangesNothingIsRefused() {
        assertRefused(() -> Conditions.requireChange(set("hidden"), set("hidden"), List.of(), List.of()),
                DAGGERHEART_CONDITION_UNCHANGED, "conditions");
        assertRefused(() -> Conditions.requireChange(ConditionSet.NONE, ConditionSet.NONE, List.of(), List.of()),
                DAGGERHEART_CONDITION_UNCHANGED, "conditions");
    }

    @Test
    void statedListsWithDuplicatesAreRefusedNamingTheList() {
        assertRefused(() -> Conditions.requireChange(set("-"), set("hidden"), List.of(HIDDEN, HIDDEN), List.of()),
                DAGGERHEART_CONDITION_DUPLICATE, "added");
        assertRefused(() -> Conditions.requireChange(set("hidden"), set("-"), List.of(), null),
                ValueRejection.VALUE_REQUIRED, "removed");
    }

    @Test
    void aSetIsWrittenAsAPlainListOfWireNames() throws Exception {
        ConditionSet conditions = new ConditionSet(List.of(VULNERABLE, HIDDEN));
        String json = JOURNAL.writeValueAsString(conditions);
        assertThat(json).isEqualTo("[\"hidden\",\"vulnerable\"]");
        assertThat(JOURNAL.readValue("[\"vulnerable\",\"hidden\"]", ConditionSet.class)).isEqualTo(conditions);
    }
}
