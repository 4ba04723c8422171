package dev.duality.sys.daggerheart.character;

import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.testing.FakeAggregateLookup;
import dev.duality.sys.daggerheart.character.api.ChangeConditions;
import dev.duality.sys.daggerheart.character.api.ConditionChanged;
import dev.duality.sys.daggerheart.character.api.ExpireConditions;
import dev.duality.sys.daggerheart.rules.Condition;
import dev.duality.sys.daggerheart.rules.ConditionSet;
import dev.duality.sys.daggerheart.rules.EffectDuration;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.duality.core.testing.Rejections.assertRefused;
import static dev.duality.core.testing.Rejections.assertRejected;
import static dev.duality.core.value.ValueRejection.VALUE_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CONDITION_DIFF_MISMATCH;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CONDITION_DUPLICATE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CONDITION_UNCHANGED;
import static dev.duality.sys.daggerheart.character.CharacterStatePatchTest.conditions;
import static dev.duality.sys.daggerheart.character.Sheets.CAMPAIGN;
import static dev.duality.sys.daggerheart.character.Sheets.HERO;
import static dev.duality.sys.daggerheart.character.Sheets.guardian;
import static dev.duality.sys.daggerheart.rules.Condition.HIDDEN;
import static dev.duality.sys.daggerheart.rules.Condition.RESTRAINED;
import static dev.duality.sys.daggerheart.rules.Condition.VULNERABLE;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * {@code sys.daggerheart.condition.change}: the three standard conditions (Hidden, Restrained, Vulnerable), each at
 * most once on a target. The change states the conditions after; added and removed, when given, must be the diff.
 */
class ConditionChangeTest {
    private static final ShortCode SHADOWS = ShortCode.of("shadows", "source");

    private final FixtureConfiguration<DaggerheartCharacter> fixture = Sheets.fixture(new FakeAggregateLookup());

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("changes")
    void theConditionsAreSetAndTheDiffRecorded(ConditionSet before, ConditionSet after, ConditionSet added,
                                               ConditionSet removed) {
        fixture.given(guardian(), changed(before))
                .when(new ChangeConditions(CAMPAIGN, HERO, after, null, null, null, SHADOWS))
                .expectEvents(new ConditionChanged(CAMPAIGN, HERO, after, added, removed, Map.of(), SHADOWS));
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                arguments(ConditionSet.NONE, conditions(HIDDEN), conditions(HIDDEN), ConditionSet.NONE),
                arguments(conditions(HIDDEN), ConditionSet.NONE, ConditionSet.NONE, conditions(HIDDEN)),
                arguments(conditions(HIDDEN), conditions(RESTRAINED), conditions(RESTRAINED), conditions(HIDDEN)),
                arguments(conditions(HIDDEN), conditions(HIDDEN, VULNERABLE), conditions(VULNERABLE),
                        ConditionSet.NONE),
                arguments(ConditionSet.NONE, conditions(HIDDEN, RESTRAINED, VULNERABLE),
                        conditions(HIDDEN, RESTRAINED, VULNERABLE), ConditionSet.NONE),
                arguments(conditions(HIDDEN, RESTRAINED, VULNERABLE), conditions(RESTRAINED), ConditionSet.NONE,
                        conditions(HIDDEN, VULNERABLE)));
    }

    @Test
    void aStatedDiffThatMatchesIsAccepted() {
        // the order the client lists them in does not matter
        fixture.given(guardian(), changed(conditions(HIDDEN)))
                .when(new ChangeConditions(CAMPAIGN, HERO, conditions(RESTRAINED, VULNERABLE),
                        List.of(VULNERABLE, RESTRAINED), List.of(HIDDEN), null, SHADOWS))
                .expectEvents(new ConditionChanged(CAMPAIGN, HERO, conditions(RESTRAINED, VULNERABLE),
                        conditions(RESTRAINED, VULNERABLE), conditions(HIDDEN), Map.of(), SHADOWS));
    }

    @Test
    void aSourceIsOptional() {
        fixture.given(guardian())
                .when(new ChangeConditions(CAMPAIGN, HERO, conditions(RESTRAINED), null, null, null, null))
                .expectEvents(new ConditionChanged(CAMPAIGN, HERO, conditions(RESTRAINED), conditions(RESTRAINED),
                        ConditionSet.NONE, Map.of(), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misstatedDiffs")
    void aMisstatedDiffIsRefusedNamingTheWrongList(String why, List<Condition> added, List<Condition> removed,
                                                    String field) {
        // before: Hidden; after: Restrained, so added = [Restrained], removed = [Hidden]
        assertRefused(fixture.given(guardian(), changed(conditions(HIDDEN)))
                        .when(new ChangeConditions(CAMPAIGN, HERO, conditions(RESTRAINED), added, removed, null, SHADOWS)),
                DAGGERHEART_CONDITION_DIFF_MISMATCH, field);
    }

    static Stream<Arguments> misstatedDiffs() {
        return Stream.of(
                arguments("nothing added", List.of(), List.of(HIDDEN), "added"),
                arguments("the wrong one added", List.of(VULNERABLE), null, "added"),
                arguments("one too many added", List.of(RESTRAINED, VULNERABLE), null, "added"),
                arguments("nothing removed", List.of(RESTRAINED), List.of(), "removed"),
                arguments("the wrong one removed", null, List.of(RESTRAINED), "removed"));
    }

    @Test
    void aConditionListedTwiceInAddedIsRefused() {
        assertRefused(fixture.given(guardian())
                        .when(new ChangeConditions(CAMPAIGN, HERO, conditions(HIDDEN), List.of(HIDDEN, HIDDEN), null, null,
                                SHADOWS)),
                DAGGERHEART_CONDITION_DUPLICATE, "added");
    }

    @Test
    void aConditionListedTwiceInRemovedIsRefused() {
        assertRefused(fixture.given(guardian(), changed(conditions(HIDDEN)))
                        .when(new ChangeConditions(CAMPAIGN, HERO, ConditionSet.NONE, null, List.of(HIDDEN, HIDDEN), null,
                                SHADOWS)),
                DAGGERHEART_CONDITION_DUPLICATE, "removed");
    }

    @Test
    void theSameConditionTwiceCannotBeAsked() {
        // SRD: the same condition can't be applied twice to one target
        assertRejected(() -> ConditionSet.of(List.of(VULNERABLE, HIDDEN, VULNERABLE), "conditions"),
                DAGGERHEART_CONDITION_DUPLICATE, "conditions");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noOps")
    void aChangeThatChangesNothingIsRefused(ConditionSet current, List<Condition> added, List<Condition> removed) {
        assertRefused(fixture.given(guardian(), changed(current))
                        .when(new ChangeConditions(CAMPAIGN, HERO, current, added, removed, null, SHADOWS)),
                DAGGERHEART_CONDITION_UNCHANGED, "conditions");
    }

    static Stream<Arguments> noOps() {
        return Stream.of(
                arguments(ConditionSet.NONE, null, null),
                arguments(conditions(HIDDEN), null, null),
                arguments(conditions(HIDDEN, VULNERABLE), List.of(), List.of()));
    }

    @Test
    void changesFoldOnTopOfEachOther() {
        fixture.given(guardian(), changed(conditions(HIDDEN)), changed(conditions(HIDDEN, RESTRAINED)))
                .when(new ChangeConditions(CAMPAIGN, HERO, conditions(HIDDEN), null, List.of(RESTRAINED), null, SHADOWS))
                .expectEvents(new ConditionChanged(CAMPAIGN, HERO, conditions(HIDDEN), ConditionSet.NONE,
                        conditions(RESTRAINED), Map.of(), SHADOWS));
    }

    // ---- conditions that last until a rest, the session's or the scene's end ----

    @Test
    void aConditionMayLastUntilSomethingEnds() {
        fixture.given(guardian())
                .when(new ChangeConditions(CAMPAIGN, HERO, conditions(RESTRAINED, HIDDEN), null, null,
                        Map.of(RESTRAINED, EffectDuration.SCENE), SHADOWS))
                .expectEvents(new ConditionChanged(CAMPAIGN, HERO, conditions(RESTRAINED, HIDDEN),
                        conditions(RESTRAINED, HIDDEN), ConditionSet.NONE, Map.of(RESTRAINED, EffectDuration.SCENE),
                        SHADOWS));
    }

    @Test
    void aChangeKeepsTheDurationsOfWhatStaysAndMayChangeOnlyADuration() {
        // Restrained stays with its duration while Hidden goes; then only its duration changes, which is a change
        fixture.given(guardian(), lasting(conditions(RESTRAINED, HIDDEN), Map.of(RESTRAINED, EffectDuration.SCENE)))
                .when(new ChangeConditions(CAMPAIGN, HERO, conditions(RESTRAINED), null, null, null, SHADOWS))
                .expectEvents(new ConditionChanged(CAMPAIGN, HERO, conditions(RESTRAINED), ConditionSet.NONE,
                        conditions(HIDDEN), Map.of(RESTRAINED, EffectDuration.SCENE), SHADOWS));
        fixture.given(guardian(), lasting(conditions(RESTRAINED), Map.of(RESTRAINED, EffectDuration.SCENE)))
                .when(new ChangeConditions(CAMPAIGN, HERO, conditions(RESTRAINED), null, null,
                        Map.of(RESTRAINED, EffectDuration.SESSION), SHADOWS))
                .expectEvents(new ConditionChanged(CAMPAIGN, HERO, conditions(RESTRAINED), ConditionSet.NONE,
                        ConditionSet.NONE, Map.of(RESTRAINED, EffectDuration.SESSION), SHADOWS));
    }

    @Test
    void aDurationForAConditionTheCharacterWillNotHaveIsRefused() {
        assertRejected(() -> new ChangeConditions(CAMPAIGN, HERO, conditions(HIDDEN), null, null,
                Map.of(RESTRAINED, EffectDuration.SCENE), SHADOWS), VALUE_OUT_OF_RANGE, "lasting.restrained");
    }

    // SRD Downtime: a short rest ends "until your next rest" effects, a long rest also "until your next long rest"
    // ones; a session's end ends what lasts the session or the scene, a scene's end what lasts the scene
    @ParameterizedTest(name = "{0} ends {1}")
    @MethodSource("endings")
    void conditionsRunOutWithWhatTheyLastUntil(EffectDuration ended, List<Condition> endingConditions) {
        Map<Condition, EffectDuration> lasting = Map.of(HIDDEN, EffectDuration.SHORT_REST,
                RESTRAINED, EffectDuration.LONG_REST, VULNERABLE, EffectDuration.SCENE);
        ConditionSet all = conditions(HIDDEN, RESTRAINED, VULNERABLE);
        ConditionSet ending = new ConditionSet(endingConditions);
        ConditionSet left = new ConditionSet(all.conditions().stream().filter(c -> !ending.contains(c)).toList());
        Map<Condition, EffectDuration> stillLasting = new java.util.EnumMap<>(Condition.class);
        lasting.forEach((c, d) -> {
            if (!ending.contains(c)) {
                stillLasting.put(c, d);
            }
        });
        fixture.given(guardian(), lasting(all, lasting))
                .when(new ExpireConditions(CAMPAIGN, HERO, ended))
                .expectEvents(new ConditionChanged(CAMPAIGN, HERO, left, ConditionSet.NONE, ending,
                        Map.copyOf(stillLasting), new ShortCode("expired:" + dev.duality.core.value.Wire.name(ended))));
    }

    static Stream<Arguments> endings() {
        return Stream.of(
                arguments(EffectDuration.SHORT_REST, List.of(HIDDEN)),
                arguments(EffectDuration.LONG_REST, List.of(HIDDEN, RESTRAINED)),
                arguments(EffectDuration.SESSION, List.of(VULNERABLE)),
                arguments(EffectDuration.SCENE, List.of(VULNERABLE)));
    }

    @Test
    void nothingEndsWhenNothingLastsUntilThen() {
        // Hidden lasts until a long rest; re-added without a duration, Restrained lasts until removed
        fixture.given(guardian(), lasting(conditions(HIDDEN), Map.of(HIDDEN, EffectDuration.LONG_REST)),
                        lasting(conditions(HIDDEN, RESTRAINED), Map.of(HIDDEN, EffectDuration.LONG_REST)))
                .when(new ExpireConditions(CAMPAIGN, HERO, EffectDuration.SHORT_REST))
                .expectNoEvents();
        fixture.given(guardian(), lasting(conditions(RESTRAINED), Map.of(RESTRAINED, EffectDuration.SCENE)),
                        changed(ConditionSet.NONE), changed(conditions(RESTRAINED)))
                .when(new ExpireConditions(CAMPAIGN, HERO, EffectDuration.SCENE))
                .expectNoEvents();
    }

    private static ConditionChanged lasting(ConditionSet after, Map<Condition, EffectDuration> durations) {
        return new ConditionChanged(CAMPAIGN, HERO, after, after, ConditionSet.NONE, durations, null);
    }

    /** A change to {@code after} as a given event (its diff does not matter to the fold). */
    private static ConditionChanged changed(ConditionSet after) {
        return new ConditionChanged(CAMPAIGN, HERO, after, after, ConditionSet.NONE, Map.of(), null);
    }
}
