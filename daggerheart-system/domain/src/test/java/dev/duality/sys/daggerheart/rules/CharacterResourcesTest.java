package dev.duality.sys.daggerheart.rules;

import dev.duality.core.value.ValueRejection;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_AMOUNT_NEGATIVE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ARMOR_SLOTS_INSUFFICIENT;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ARMOR_SLOTS_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_HOPE_INSUFFICIENT;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_HOPE_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_HP_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_STRESS_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.rules.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class CharacterResourcesTest {

    // SRD "Starting HP" row, "Stress slots at start = 6", "Hope: start / max = 2 / 6"
    @ParameterizedTest(name = "{0}: {1} HP")
    @CsvSource({"BARD, 5", "DRUID, 6", "GUARDIAN, 7", "RANGER, 6", "ROGUE, 6", "SERAPH, 7", "SORCERER, 6",
            "WARRIOR, 6", "WIZARD, 5"})
    void aNewCharacterHasClassHpSixStressAndTwoHope(DaggerheartClass characterClass, int hp) {
        assertThat(CharacterResources.startingHp(characterClass)).isEqualTo(new HitPoints(0, hp));
        assertThat(CharacterResources.startingStress()).isEqualTo(new StressSlots(0, 6));
        assertThat(CharacterResources.startingHope()).isEqualTo(new HopePool(2, 0));
        assertThat(CharacterResources.startingHope().max()).isEqualTo(6);
    }

    // SRD: Hope max 6, "each scar permanently crosses out one Hope slot"
    @ParameterizedTest(name = "{0} scars: max {1}")
    @CsvSource({"0, 6", "1, 5", "2, 4", "5, 1", "6, 0", "7, 0", "100, 0"})
    void eachScarCostsOneHopeSlotNeverBelowZero(int scars, int max) {
        assertThat(CharacterResources.hopeMax(scars)).isEqualTo(max);
    }

    // SRD: "Must mark Stress but can't: mark 1 HP instead"; "Marking your last Stress makes you Vulnerable".
    // Partly markable amounts: our ruling, mark what fits and 1 HP if anything did not fit.
    @ParameterizedTest(name = "{0}/{1} + {2}: {3} marked, {4} new, {5} HP, last {6}")
    @CsvSource({
            "0, 6, 0,  0, 0, 0, false",
            "0, 6, 1,  1, 1, 0, false",
            "0, 6, 5,  5, 5, 0, false",
            "4, 6, 1,  5, 1, 0, false",
            "5, 6, 1,  6, 1, 0, true",
            "4, 6, 2,  6, 2, 0, true",
            "6, 6, 1,  6, 0, 1, false",
            "6, 6, 3,  6, 0, 1, false",
            "5, 6, 2,  6, 1, 1, true",
            "3, 6, 7,  6, 3, 1, true",
            "0, 1, 1,  1, 1, 0, true",
            "0, 12, 12, 12, 12, 0, true",
            "6, 6, 0,  6, 0, 0, false"})
    void markingStress(int marked, int max, int amount, int after, int newlyMarked, int hp, boolean last) {
        CharacterResources.StressMarked result = CharacterResources.markStress(new StressSlots(marked, max), amount);
        assertThat(result).isEqualTo(
                new CharacterResources.StressMarked(new StressSlots(after, max), newlyMarked, hp, last));
        assertThat(result.stress().allMarked()).isEqualTo(after == max);
    }

    // marking the last HP means a death move; HP never passes its max
    @ParameterizedTest(name = "{0}/{1} + {2}: {3} marked, {4} new, {5} over, last {6}")
    @CsvSource({
            "0, 6, 0,  0, 0, 0, false",
            "0, 6, 1,  1, 1, 0, false",
            "0, 6, 3,  3, 3, 0, false",
            "3, 6, 2,  5, 2, 0, false",
            "3, 6, 3,  6, 3, 0, true",
            "4, 6, 3,  6, 2, 1, true",
            "5, 5, 1,  5, 0, 1, false",
            "0, 5, 4,  4, 4, 0, false",
            "2, 7, 4,  6, 4, 0, false",
            "0, 12, 12, 12, 12, 0, true"})
    void markingHp(int marked, int max, int amount, int after, int newlyMarked, int over, boolean last) {
        assertThat(CharacterResources.markHp(new HitPoints(marked, max), amount)).isEqualTo(
                new CharacterResources.HpMarked(new HitPoints(after, max), newlyMarked, over, last));
    }

    @ParameterizedTest(name = "{0} marked - {1}: {2}")
    @CsvSource({"0, 0, 0", "0, 1, 0", "3, 1, 2", "3, 3, 0", "3, 5, 0", "6, 2, 4"})
    void clearingStopsAtZero(int marked, int amount, int after) {
        assertThat(CharacterResources.clearStress(new StressSlots(marked, 6), amount))
                .isEqualTo(new StressSlots(after, 6));
        assertThat(CharacterResources.clearHp(new HitPoints(marked, 6), amount)).isEqualTo(new HitPoints(after, 6));
        assertThat(CharacterResources.clearArmor(new ArmorSlots(marked, 6), amount))
                .isEqualTo(new ArmorSlots(after, 6));
    }

    @ParameterizedTest(name = "{0} Hope, {1} scars, + {2}: {3}, gained {4}, lost {5}")
    @CsvSource({
            "2, 0, 1,  3, 1, 0",
            "5, 0, 1,  6, 1, 0",
            "6, 0, 1,  6, 0, 1",
            "5, 0, 3,  6, 1, 2",
            "0, 0, 2,  2, 2, 0",
            "4, 1, 1,  5, 1, 0",
            "5, 1, 1,  5, 0, 1",
            "0, 6, 1,  0, 0, 1",
            "3, 0, 0,  3, 0, 0"})
    void gainingHopeStopsAtTheMaximum(int hope, int scars, int amount, int after, int gained, int lost) {
        assertThat(CharacterResources.gainHope(new HopePool(hope, scars), amount))
                .isEqualTo(new CharacterResources.HopeGained(new HopePool(after, scars), gained, lost));
    }

    // SRD: Experience 1 Hope, Help an Ally 1, Tag Team 3, class Hope features 3
    @ParameterizedTest(name = "{0} Hope - {1}: {2}")
    @CsvSource({"2, 1, 1", "3, 3, 0", "6, 3, 3", "1, 0, 1"})
    void spendingHope(int hope, int amount, int after) {
        assertThat(CharacterResources.spendHope(new HopePool(hope, 0), amount)).isEqualTo(new HopePool(after, 0));
    }

    @Test
    void spendingMoreHopeThanHeldIsRefused() {
        assertRefused(() -> CharacterResources.spendHope(new HopePool(2, 0), 3), DAGGERHEART_HOPE_INSUFFICIENT,
                "amount");
        assertRefused(() -> CharacterResources.spendHope(new HopePool(0, 0), 1), DAGGERHEART_HOPE_INSUFFICIENT,
                "amount");
    }

    // Avoid Death: a scar crosses out a Hope slot; losing the last one ends the character's story
    @ParameterizedTest(name = "{0} Hope, {1} scars: {2} Hope, {3} scars, lost {4}, last {5}")
    @CsvSource({
            "2, 0,  2, 1, 0, false",
            "6, 0,  5, 1, 1, false",
            "5, 0,  5, 1, 0, false",
            "4, 2,  3, 3, 1, false",
            "1, 5,  0, 6, 1, true",
            "0, 5,  0, 6, 0, true"})
    void takingAScar(int hope, int scars, int afterHope, int afterScars, int lost, boolean last) {
        assertThat(CharacterResources.takeScar(new HopePool(hope, scars))).isEqualTo(
                new CharacterResources.ScarTaken(new HopePool(afterHope, afterScars), lost, last));
    }

    @Test
    void aSeventhScarIsRefused() {
        assertRefused(() -> CharacterResources.takeScar(new HopePool(0, 6)), DAGGERHEART_HOPE_OUT_OF_RANGE, "scars");
    }

    @Test
    void markingArmorSlotsUpToTheUnmarkedOnes() {
        assertThat(CharacterResources.markArmor(new ArmorSlots(1, 3), 2)).isEqualTo(new ArmorSlots(3, 3));
        assertThat(new ArmorSlots(1, 4).available()).isEqualTo(3);
        assertRefused(() -> CharacterResources.markArmor(new ArmorSlots(3, 3), 1),
                DAGGERHEART_ARMOR_SLOTS_INSUFFICIENT, "amount");
        assertRefused(() -> CharacterResources.markArmor(new ArmorSlots(0, 0), 1),
                DAGGERHEART_ARMOR_SLOTS_INSUFFICIENT, "amount");
    }

    @Test
    void negativeAmountsAreRefusedEverywhere() {
        assertRefused(() -> CharacterResources.markStress(new StressSlots(0, 6), -1), DAGGERHEART_AMOUNT_NEGATIVE,
                "amount");
        assertRefused(() -> CharacterResources.markHp(new HitPoints(0, 6), -1), DAGGERHEART_AMOUNT_NEGATIVE,
                "amount");
        assertRefused(() -> CharacterResources.markArmor(new ArmorSlots(0, 3), -1), DAGGERHEART_AMOUNT_NEGATIVE,
                "amount");
        assertRefused(() -> CharacterResources.clearStress(new StressSlots(1, 6), -1), DAGGERHEART_AMOUNT_NEGATIVE,
                "amount");
        assertRefused(() -> CharacterResources.clearHp(new HitPoints(1, 6), -1), DAGGERHEART_AMOUNT_NEGATIVE,
                "amount");
        assertRefused(() -> CharacterResources.clearArmor(new ArmorSlots(1, 3), -1), DAGGERHEART_AMOUNT_NEGATIVE,
                "amount");
        assertRefused(() -> CharacterResources.gainHope(new HopePool(1, 0), -1), DAGGERHEART_AMOUNT_NEGATIVE,
                "amount");
        assertRefused(() -> CharacterResources.spendHope(new HopePool(1, 0), -1), DAGGERHEART_AMOUNT_NEGATIVE,
                "amount");
        assertRefused(() -> CharacterResources.hopeMax(-1), DAGGERHEART_AMOUNT_NEGATIVE, "scars");
        assertRefused(() -> CharacterResources.markHp(null, 1), ValueRejection.VALUE_REQUIRED, "hp");
    }

    // HP max <= 12, Stress max <= 12, Armor Score <= 12; marked within 0..max
    @Test
    void tracksRefuseImpossibleValuesNamingTheField() {
        assertRefused(() -> new HitPoints(0, 0), DAGGERHEART_HP_OUT_OF_RANGE, "hp_max");
        assertRefused(() -> new HitPoints(0, 13), DAGGERHEART_HP_OUT_OF_RANGE, "hp_max");
        assertRefused(() -> new HitPoints(7, 6), DAGGERHEART_HP_OUT_OF_RANGE, "hp_marked");
        assertRefused(() -> new HitPoints(-1, 6), DAGGERHEART_HP_OUT_OF_RANGE, "hp_marked");
        assertRefused(() -> new StressSlots(0, 0), DAGGERHEART_STRESS_OUT_OF_RANGE, "stress_max");
        assertRefused(() -> new StressSlots(0, 13), DAGGERHEART_STRESS_OUT_OF_RANGE, "stress_max");
        assertRefused(() -> new StressSlots(7, 6), DAGGERHEART_STRESS_OUT_OF_RANGE, "stress_marked");
        assertRefused(() -> new StressSlots(-1, 6), DAGGERHEART_STRESS_OUT_OF_RANGE, "stress_marked");
        assertRefused(() -> new HopePool(0, -1), DAGGERHEART_HOPE_OUT_OF_RANGE, "scars");
        assertRefused(() -> new HopePool(0, 7), DAGGERHEART_HOPE_OUT_OF_RANGE, "scars");
        assertRefused(() -> new HopePool(7, 0), DAGGERHEART_HOPE_OUT_OF_RANGE, "hope");
        assertRefused(() -> new HopePool(6, 1), DAGGERHEART_HOPE_OUT_OF_RANGE, "hope");
        assertRefused(() -> new HopePool(-1, 0), DAGGERHEART_HOPE_OUT_OF_RANGE, "hope");
        assertRefused(() -> new ArmorSlots(0, 13), DAGGERHEART_ARMOR_SLOTS_OUT_OF_RANGE, "armor_score");
        assertRefused(() -> new ArmorSlots(0, -1), DAGGERHEART_ARMOR_SLOTS_OUT_OF_RANGE, "armor_score");
        assertRefused(() -> new ArmorSlots(4, 3), DAGGERHEART_ARMOR_SLOTS_OUT_OF_RANGE, "armor_marked");
        assertRefused(() -> new ArmorSlots(-1, 3), DAGGERHEART_ARMOR_SLOTS_OUT_OF_RANGE, "armor_marked");
    }

    @Test
    void theLimitsThemselvesAreAllowed() {
        assertThat(new HitPoints(12, 12).allMarked()).isTrue();
        assertThat(new HitPoints(11, 12).allMarked()).isFalse();
        assertThat(new StressSlots(12, 12).allMarked()).isTrue();
        assertThat(new HopePool(0, 6).max()).isZero();
        assertThat(new ArmorSlots(12, 12).available()).isZero();
        assertThat(new ArmorSlots(0, 0).available()).isZero();
    }
}
