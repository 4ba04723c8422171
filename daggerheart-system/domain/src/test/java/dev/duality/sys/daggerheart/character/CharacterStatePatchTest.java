package dev.duality.sys.daggerheart.character;

import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.rejection.RejectionCode;
import dev.duality.core.testing.FakeAggregateLookup;
import dev.duality.sys.daggerheart.character.api.CharacterStatePatched;
import dev.duality.sys.daggerheart.character.api.ConditionChanged;
import dev.duality.sys.daggerheart.character.api.LifeState;
import dev.duality.sys.daggerheart.character.api.PatchCharacterState;
import dev.duality.sys.daggerheart.rules.Condition;
import dev.duality.sys.daggerheart.rules.ConditionSet;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.duality.core.testing.Rejections.assertRefused;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ARMOR_SLOTS_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_HOPE_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_HP_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_STATE_BEFORE_MISMATCH;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_STATE_UNCHANGED;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_STRESS_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.character.Sheets.CAMPAIGN;
import static dev.duality.sys.daggerheart.character.Sheets.HERO;
import static dev.duality.sys.daggerheart.character.Sheets.guardian;
import static dev.duality.sys.daggerheart.character.Sheets.inLeather;
import static dev.duality.sys.daggerheart.character.Sheets.state;
import static dev.duality.sys.daggerheart.character.api.LifeState.ALIVE;
import static dev.duality.sys.daggerheart.character.api.LifeState.FALLEN;
import static dev.duality.sys.daggerheart.rules.Condition.HIDDEN;
import static dev.duality.sys.daggerheart.rules.Condition.VULNERABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * {@code sys.daggerheart.character_state.patch}: tracks set directly. The sheet is the level-1 Guardian in Leather
 * (SRD: 7 HP slots, 6 Stress slots, Hope 2 of 6, Armor Score 3), nothing marked unless a test says so.
 */
class CharacterStatePatchTest {
    private static final ShortCode POTION = ShortCode.of("potion", "reason");

    private final FixtureConfiguration<DaggerheartCharacter> fixture = Sheets.fixture(new FakeAggregateLookup());

    @Test
    void aPatchSetsTheTracksAndRecordsItsReasonAndRoll() {
        fixture.given(guardian(), inLeather())
                .when(new PatchCharacterState(CAMPAIGN, HERO, 2, 3, 4, 1, null, null, POTION, 12L))
                .expectEvents(new CharacterStatePatched(CAMPAIGN, HERO, 2, 3, 4, 6, 1, ALIVE, ConditionSet.NONE,
                        null, POTION, 12L))
                .expectState(sheet -> {
                    assertThat(sheet.hope()).isEqualTo(4);
                    assertThat(sheet.stressMarked()).isEqualTo(3);
                });
    }

    @Test
    void valuesLeftOutKeepTheirCurrentValue() {
        fixture.given(guardian(), inLeather(), state(2, 3, 4, 1, ALIVE))
                .when(new PatchCharacterState(CAMPAIGN, HERO, null, null, 5, null, null, null, null, null))
                .expectEvents(new CharacterStatePatched(CAMPAIGN, HERO, 2, 3, 5, 6, 1, ALIVE, ConditionSet.NONE,
                        null, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tracksToTheirLimits")
    void eachTrackGoesFromNoneToItsMaximum(String track, PatchCharacterState patch, CharacterStatePatched patched) {
        fixture.given(guardian(), inLeather()).when(patch).expectEvents(patched);
    }

    static Stream<Arguments> tracksToTheirLimits() {
        return Stream.of(
                // Hope max 6
                arguments("hope 6", patch(null, null, 6, null), patched(0, 0, 6, 0, ALIVE, ConditionSet.NONE)),
                arguments("hope 0", patch(null, null, 0, null), patched(0, 0, 0, 0, ALIVE, ConditionSet.NONE)),
                // Leather: Armor Score 3
                arguments("armor 3", patch(null, null, null, 3), patched(0, 0, 2, 3, ALIVE, ConditionSet.NONE)),
                // Guardian: 7 HP slots, 6 of them marked is not the last
                arguments("hp 6", patch(6, null, null, null), patched(6, 0, 2, 0, ALIVE, ConditionSet.NONE)));
    }

    // --- before ---------------------------------------------------------------------------------------------------

    @Test
    void aMatchingBeforeLetsThePatchThrough() {
        fixture.given(guardian(), inLeather(), state(1, 2, 3, 1, ALIVE))
                .when(new PatchCharacterState(CAMPAIGN, HERO, 0, null, null, null, null,
                        new PatchCharacterState.Before(1, 2, 3, 1, ALIVE), null, null))
                .expectEvents(patched(0, 2, 3, 1, ALIVE, ConditionSet.NONE));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("staleBefores")
    void aStaleBeforeIsRefusedNamingItsField(PatchCharacterState.Before before, String field) {
        // current: 1 HP, 2 Stress, 3 Hope, 1 Armor Slot marked, alive
        assertRefused(fixture.given(guardian(), inLeather(), state(1, 2, 3, 1, ALIVE))
                        .when(new PatchCharacterState(CAMPAIGN, HERO, 4, null, null, null, null, before, null, null)),
                DAGGERHEART_STATE_BEFORE_MISMATCH, field);
    }

    static Stream<Arguments> staleBefores() {
        return Stream.of(
                arguments(new PatchCharacterState.Before(0, null, null, null, null), "before.hp_marked"),
                arguments(new PatchCharacterState.Before(1, 3, null, null, null), "before.stress_marked"),
                arguments(new PatchCharacterState.Before(null, null, 2, null, null), "before.hope"),
                arguments(new PatchCharacterState.Before(null, 2, 3, 0, null), "before.armor_marked"),
                arguments(new PatchCharacterState.Before(1, 2, 3, 1, FALLEN), "before.life_state"));
    }

    // --- ranges ---------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("outOfRange")
    void aValueOutsideItsTrackIsRefusedNamingIt(String why, PatchCharacterState patch,
                                                RejectionCode code, String field) {
        assertRefused(fixture.given(guardian(), inLeather()).when(patch), code, field);
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                arguments("8 of 7 HP", patch(8, null, null, null), DAGGERHEART_HP_OUT_OF_RANGE, "hp_marked"),
                arguments("-1 HP", patch(-1, null, null, null), DAGGERHEART_HP_OUT_OF_RANGE, "hp_marked"),
                arguments("7 of 6 Stress", patch(null, 7, null, null), DAGGERHEART_STRESS_OUT_OF_RANGE,
                        "stress_marked"),
                arguments("-1 Stress", patch(null, -1, null, null), DAGGERHEART_STRESS_OUT_OF_RANGE,
                        "stress_marked"),
                arguments("Hope 7 of max 6", patch(null, null, 7, null), DAGGERHEART_HOPE_OUT_OF_RANGE, "hope"),
                arguments("Hope -1", patch(null, null, -1, null), DAGGERHEART_HOPE_OUT_OF_RANGE, "hope"),
                arguments("4 of 3 Armor Slots", patch(null, null, null, 4), DAGGERHEART_ARMOR_SLOTS_OUT_OF_RANGE,
                        "armor_marked"),
                arguments("-1 Armor Slot", patch(null, null, null, -1), DAGGERHEART_ARMOR_SLOTS_OUT_OF_RANGE,
                        "armor_marked"));
    }

    @Test
    void anUnarmoredCharacterHasNoArmorSlotToMark() {
        assertRefused(fixture.given(guardian()).when(patch(null, null, null, 1)),
                DAGGERHEART_ARMOR_SLOTS_OUT_OF_RANGE, "armor_marked");
    }

    // --- no-ops ---------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("noOps")
    void aPatchThatChangesNothingIsRefused(String why, PatchCharacterState patch) {
        assertRefused(fixture.given(guardian(), inLeather(), state(1, 2, 3, 1, ALIVE)).when(patch),
                DAGGERHEART_STATE_UNCHANGED, null);
    }

    static Stream<Arguments> noOps() {
        return Stream.of(
                arguments("nothing given", new PatchCharacterState(CAMPAIGN, HERO, null, null, null, null, null,
                        null, POTION, null)),
                arguments("the current values", new PatchCharacterState(CAMPAIGN, HERO, 1, 2, 3, 1, ALIVE, null,
                        null, null)),
                arguments("the current life state", new PatchCharacterState(CAMPAIGN, HERO, null, null, null, null,
                        ALIVE, new PatchCharacterState.Before(1, 2, 3, 1, ALIVE), null, null)));
    }

    // --- life state -----------------------------------------------------------------------------------------------

    @Test
    void markingTheLastHpMakesTheCharacterFall() {
        fixture.given(guardian(), inLeather(), state(5, 0, 2, 0, ALIVE))
                .when(patch(7, null, null, null))
                .expectEvents(patched(7, 0, 2, 0, FALLEN, ConditionSet.NONE))
                .expectState(sheet -> assertThat(sheet.lifeState()).isEqualTo(FALLEN));
    }

    @Test
    void clearingHpStandsAFallenCharacterBackUp() {
        fixture.given(guardian(), inLeather(), state(7, 0, 2, 0, FALLEN))
                .when(patch(6, null, null, null))
                .expectEvents(patched(6, 0, 2, 0, ALIVE, ConditionSet.NONE))
                .expectState(sheet -> assertThat(sheet.lifeState()).isEqualTo(ALIVE));
    }

    @Test
    void aFallenCharacterWithEveryHpStillMarkedStaysFallen() {
        fixture.given(guardian(), inLeather(), state(7, 0, 2, 0, FALLEN))
                .when(patch(null, 1, null, null))
                .expectEvents(patched(7, 1, 2, 0, FALLEN, ConditionSet.NONE));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = LifeState.class, names = {"UNCONSCIOUS", "DEAD"})
    void theDeathMoveIsSetExplicitly(LifeState afterDeathMove) {
        // Avoid Death (unconscious) or Blaze of Glory's end (dead), chosen once fallen
        fixture.given(guardian(), inLeather(), state(7, 0, 2, 0, FALLEN))
                .when(new PatchCharacterState(CAMPAIGN, HERO, null, null, null, null, afterDeathMove,
                        new PatchCharacterState.Before(7, null, null, null, FALLEN), null, null))
                .expectEvents(patched(7, 0, 2, 0, afterDeathMove, ConditionSet.NONE))
                .expectState(sheet -> assertThat(sheet.lifeState()).isEqualTo(afterDeathMove));
    }

    @Test
    void anExplicitLifeStateWinsOverTheHpRule() {
        // marking the last HP and choosing Avoid Death in one patch: unconscious, not fallen
        fixture.given(guardian(), inLeather())
                .when(new PatchCharacterState(CAMPAIGN, HERO, 7, null, null, null, LifeState.UNCONSCIOUS, null, null,
                        null))
                .expectEvents(patched(7, 0, 2, 0, LifeState.UNCONSCIOUS, ConditionSet.NONE));
    }

    // --- Stress and Vulnerable ------------------------------------------------------------------------------------

    @Test
    void markingTheLastStressMakesTheCharacterVulnerable() {
        // Rule -> number, "Last Stress marked": Vulnerable
        fixture.given(guardian(), inLeather(), state(0, 4, 2, 0, ALIVE))
                .when(patch(null, 6, null, null))
                .expectEvents(patched(0, 6, 2, 0, ALIVE, conditions(VULNERABLE)));
    }

    @Test
    void markingStressShortOfTheLastLeavesTheConditionsAlone() {
        fixture.given(guardian(), inLeather())
                .when(patch(null, 5, null, null))
                .expectEvents(patched(0, 5, 2, 0, ALIVE, ConditionSet.NONE));
    }

    @Test
    void clearingStressEndsTheVulnerabilityItCaused() {
        fixture.given(guardian(), inLeather(), state(0, 4, 2, 0, ALIVE),
                        patched(0, 6, 2, 0, ALIVE, conditions(VULNERABLE)))
                .when(patch(null, 5, null, null))
                .expectEvents(patched(0, 5, 2, 0, ALIVE, ConditionSet.NONE));
    }

    @Test
    void otherChangesWhileEveryStressIsMarkedKeepTheCharacterVulnerable() {
        fixture.given(guardian(), inLeather(), patched(0, 6, 2, 0, ALIVE, conditions(VULNERABLE)))
                .when(patch(null, null, 3, null))
                .expectEvents(patched(0, 6, 3, 0, ALIVE, conditions(VULNERABLE)));
    }

    @Test
    void vulnerableFromStressIsAddedToTheOtherConditionsAndLeavesThem() {
        fixture.given(guardian(), inLeather(),
                        new ConditionChanged(CAMPAIGN, HERO, conditions(HIDDEN), conditions(HIDDEN), ConditionSet.NONE, Map.of(),
                                null))
                .when(patch(null, 6, null, null))
                .expectEvents(patched(0, 6, 2, 0, ALIVE, conditions(HIDDEN, VULNERABLE)));
    }

    @Test
    void clearingStressKeepsAVulnerabilityThatDidNotComeFromStress() {
        // the GM made the character Vulnerable while Stress was not full
        fixture.given(guardian(), inLeather(), state(0, 3, 2, 0, ALIVE),
                        new ConditionChanged(CAMPAIGN, HERO, conditions(VULNERABLE), conditions(VULNERABLE),
                                ConditionSet.NONE, Map.of(), null))
                .when(patch(null, 2, null, null))
                .expectEvents(patched(0, 2, 2, 0, ALIVE, conditions(VULNERABLE)));
    }

    @Test
    void aVulnerabilityTheGmRemovedAndGaveBackIsTheGmsAndOutlastsTheStress() {
        fixture.given(guardian(), inLeather(), patched(0, 6, 2, 0, ALIVE, conditions(VULNERABLE)),
                        new ConditionChanged(CAMPAIGN, HERO, ConditionSet.NONE, ConditionSet.NONE,
                                conditions(VULNERABLE), Map.of(), null),
                        new ConditionChanged(CAMPAIGN, HERO, conditions(VULNERABLE), conditions(VULNERABLE),
                                ConditionSet.NONE, Map.of(), null))
                .when(patch(null, 5, null, null))
                .expectEvents(patched(0, 5, 2, 0, ALIVE, conditions(VULNERABLE)));
    }

    private static PatchCharacterState patch(Integer hp, Integer stress, Integer hope, Integer armor) {
        return new PatchCharacterState(CAMPAIGN, HERO, hp, stress, hope, armor, null, null, null, null);
    }

    /** A plain patch's event: no source, reason or roll; Hope max 6. */
    static CharacterStatePatched patched(int hp, int stress, int hope, int armor, LifeState life,
                                         ConditionSet conditions) {
        return new CharacterStatePatched(CAMPAIGN, HERO, hp, stress, hope, 6, armor, life, conditions, null, null,
                null);
    }

    static ConditionSet conditions(Condition... conditions) {
        return new ConditionSet(List.of(conditions));
    }
}
