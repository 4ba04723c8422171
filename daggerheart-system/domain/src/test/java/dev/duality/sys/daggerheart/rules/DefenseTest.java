package dev.duality.sys.daggerheart.rules;

import dev.duality.core.value.ValueRejection;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_AMOUNT_NEGATIVE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ARMOR_INVALID;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_LEVEL_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.rules.Refusals.JOURNAL;
import static dev.duality.sys.daggerheart.rules.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class DefenseTest {

    private static Optional<Armor> armor(String preset) {
        return preset.equals("NONE") ? Optional.empty() : Optional.of(ArmorPreset.valueOf(preset).armor());
    }

    // SRD armor table, Tier 1 rows: base thresholds, base score, effect
    @ParameterizedTest(name = "{0}: {2}/{3}, score {4}")
    @CsvSource({
            "GAMBESON,   Gambeson Armor,   5, 11, 3,  1,  0",
            "LEATHER,    Leather Armor,    6, 13, 3,  0,  0",
            "CHAINMAIL,  Chainmail Armor,  7, 15, 4, -1,  0",
            "FULL_PLATE, Full Plate Armor, 8, 17, 4, -2, -1"})
    void theTierOneArmorsMatchTheTable(ArmorPreset preset, String name, int major, int severe, int score, int evasion,
                                      int agility) {
        assertThat(preset.armor()).isEqualTo(new Armor(name, major, severe, score, evasion, agility));
    }

    // PC thresholds = armor base + level; unarmored Major = level, Severe = 2 x level
    @ParameterizedTest(name = "{0} at level {1}: {2}/{3}")
    @CsvSource({
            "NONE,        1,  1,  2",
            "NONE,        3,  3,  6",
            "NONE,       10, 10, 20",
            "GAMBESON,    1,  6, 12",
            "LEATHER,     1,  7, 14",
            "LEATHER,     4, 10, 17",
            "CHAINMAIL,   1,  8, 16",
            "CHAINMAIL,   3, 10, 18",
            "FULL_PLATE,  1,  9, 18",
            "FULL_PLATE, 10, 18, 27"})
    void thresholdsAreTheArmorBasePlusLevelAddedOnce(String preset, int level, int major, int severe) {
        assertThat(Defense.thresholds(armor(preset), level)).isEqualTo(new DamageThresholds(major, severe));
    }

    @Test
    void thresholdsRefuseLevelsOutsideOneToTen() {
        assertRefused(() -> Defense.thresholds(armor("LEATHER"), 0), DAGGERHEART_LEVEL_OUT_OF_RANGE, "level");
        assertRefused(() -> Defense.thresholds(Optional.empty(), 11), DAGGERHEART_LEVEL_OUT_OF_RANGE, "level");
        assertRefused(() -> Defense.thresholds(null, 1), ValueRejection.VALUE_REQUIRED, "armor");
    }

    // Armor Score = base + permanent bonuses, max 12; unarmored base 0
    @ParameterizedTest(name = "{0} + {1}: {2}")
    @CsvSource({
            "NONE,        0,  0",
            "NONE,        1,  1",
            "GAMBESON,    0,  3",
            "LEATHER,     0,  3",
            "CHAINMAIL,   0,  4",
            "FULL_PLATE,  0,  4",
            "CHAINMAIL,   2,  6",
            "FULL_PLATE,  8, 12",
            "FULL_PLATE,  9, 12",
            "LEATHER,    50, 12",
            "NONE,       13, 12"})
    void armorScoreIsBasePlusBonusesCappedAtTwelve(String preset, int bonus, int score) {
        assertThat(Defense.armorScore(armor(preset), bonus)).isEqualTo(score);
    }

    @Test
    void aNegativeArmorBonusIsRefused() {
        assertRefused(() -> Defense.armorScore(armor("LEATHER"), -1), DAGGERHEART_AMOUNT_NEGATIVE, "permanent_bonus");
    }

    // class starting Evasion (class table) + armor effect (armor table) + other modifiers
    @ParameterizedTest(name = "{0} in {1} {2}: Evasion {3}")
    @CsvSource({
            "BARD,     NONE,        0, 10",
            "BARD,     GAMBESON,    0, 11",
            "BARD,     LEATHER,     0, 10",
            "GUARDIAN, CHAINMAIL,   0,  8",
            "GUARDIAN, FULL_PLATE,  0,  7",
            "SERAPH,   FULL_PLATE, -1,  6",
            "RANGER,   GAMBESON,    0, 13",
            "ROGUE,    LEATHER,     2, 14",
            "WARRIOR,  CHAINMAIL,   1, 11",
            "WIZARD,   NONE,        1, 12",
            "DRUID,    FULL_PLATE,  0,  8",
            "SORCERER, CHAINMAIL,   0,  9"})
    void evasionIsClassPlusArmorPlusOtherModifiers(DaggerheartClass characterClass, String preset, int other,
                                                   int evasion) {
        assertThat(Defense.evasion(characterClass, armor(preset), other)).isEqualTo(evasion);
    }

    // Full Plate: -1 Agility; other traits and other armor unchanged
    @ParameterizedTest(name = "{1} in {0}: {2}")
    @CsvSource({
            "FULL_PLATE, AGILITY,  1",
            "FULL_PLATE, STRENGTH, 1",
            "CHAINMAIL,  AGILITY,  2",
            "NONE,       AGILITY,  2",
            "GAMBESON,   FINESSE,  0"})
    void armorChangesOnlyTheTraitItNames(String preset, Trait trait, int score) {
        TraitScores traits = new TraitScores(2, 1, 0, 1, 0, -1);
        assertThat(Defense.traitWithArmor(traits, trait, armor(preset))).isEqualTo(score);
    }

    @ParameterizedTest(name = "{0}/{1} score {2} eva {3} agi {4}: {5}")
    @CsvSource({
            " 0, 11,  3,  0,  0, base_major",
            " 5,  5,  3,  0,  0, base_severe",
            " 5,  4,  3,  0,  0, base_severe",
            " 5, 11, -1,  0,  0, base_score",
            " 5, 11, 13,  0,  0, base_score",
            " 5, 11,  3, -6,  0, evasion_modifier",
            " 5, 11,  3,  6,  0, evasion_modifier",
            " 5, 11,  3,  0, -6, agility_modifier",
            " 5, 11,  3,  0,  6, agility_modifier"})
    void invalidArmorIsRefusedNamingTheField(int major, int severe, int score, int evasion, int agility,
                                             String field) {
        assertRefused(() -> new Armor("Odd Armor", major, severe, score, evasion, agility), DAGGERHEART_ARMOR_INVALID,
                field);
    }

    @Test
    void armorNeedsAName() {
        assertRefused(() -> new Armor(" ", 5, 11, 3, 0, 0), ValueRejection.NAME_INVALID, "name");
        assertRefused(() -> new Armor("x".repeat(65), 5, 11, 3, 0, 0), ValueRejection.NAME_INVALID, "name");
    }

    @Test
    void theHighestSrdArmorFits() {
        // Savior Chainmail, the SRD's highest armor: 18/48, score 8
        assertThat(new Armor("Savior Chainmail", 18, 48, 8, 0, 0).baseScore()).isEqualTo(8);
        assertThat(new Armor("Max", 1, 2, 12, -5, 5).baseScore()).isEqualTo(12);
    }

    @Test
    void armorIsWrittenWithSnakeCaseFieldsAndPresetsByWireName() throws Exception {
        Armor armor = ArmorPreset.FULL_PLATE.armor();
        String json = JOURNAL.writeValueAsString(armor);
        assertThat(json).isEqualTo("{\"name\":\"Full Plate Armor\",\"base_major\":8,\"base_severe\":17,"
                + "\"base_score\":4,\"evasion_modifier\":-2,\"agility_modifier\":-1}");
        assertThat(JOURNAL.readValue(json, Armor.class)).isEqualTo(armor);
    }
}
