package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Category;
import dev.duality.sys.daggerheart.DaggerheartRejection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules' rejection codes and their categories (so their HTTP status), typed in. */
class RejectionCodesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "DAGGERHEART_SUBCLASS_NOT_OF_CLASS,     RULE_VIOLATION",
            "DAGGERHEART_TRAIT_OUT_OF_RANGE,        INVALID_INPUT",
            "DAGGERHEART_TRAITS_NOT_STARTING_ARRAY, RULE_VIOLATION",
            "DAGGERHEART_ARMOR_INVALID,             INVALID_INPUT",
            "DAGGERHEART_THRESHOLDS_INVALID,        INVALID_INPUT",
            "DAGGERHEART_MODIFIER_OUT_OF_RANGE,     INVALID_INPUT",
            "DAGGERHEART_EXPERIENCES_INVALID,       RULE_VIOLATION",
            "DAGGERHEART_EXPERIENCE_USED_TWICE,     RULE_VIOLATION",
            "DAGGERHEART_RECALL_COST_OUT_OF_RANGE,  INVALID_INPUT",
            "DAGGERHEART_CARD_DOMAIN_NOT_OF_CLASS,  RULE_VIOLATION",
            "DAGGERHEART_CARD_LEVEL_TOO_HIGH,       RULE_VIOLATION",
            "DAGGERHEART_LOADOUT_FULL,              RULE_VIOLATION",
            "DAGGERHEART_STARTING_CARDS_INVALID,    RULE_VIOLATION",
            "DAGGERHEART_CARD_DUPLICATE,            CONFLICT",
            "DAGGERHEART_CARD_NOT_HELD,             CONFLICT",
            "DAGGERHEART_GOLD_OUT_OF_RANGE,         INVALID_INPUT",
            "DAGGERHEART_GOLD_OVER_CAPACITY,        RULE_VIOLATION",
            "DAGGERHEART_GOLD_INSUFFICIENT,         RULE_VIOLATION",
            "DAGGERHEART_AMOUNT_NEGATIVE,           INVALID_INPUT",
            "DAGGERHEART_HP_OUT_OF_RANGE,           INVALID_INPUT",
            "DAGGERHEART_STRESS_OUT_OF_RANGE,       INVALID_INPUT",
            "DAGGERHEART_HOPE_OUT_OF_RANGE,         INVALID_INPUT",
            "DAGGERHEART_ARMOR_SLOTS_OUT_OF_RANGE,  INVALID_INPUT",
            "DAGGERHEART_HOPE_INSUFFICIENT,         RULE_VIOLATION",
            "DAGGERHEART_ARMOR_SLOTS_INSUFFICIENT,  RULE_VIOLATION",
            "DAGGERHEART_CONDITION_DUPLICATE,       INVALID_INPUT",
            "DAGGERHEART_CONDITION_DIFF_MISMATCH,   INVALID_INPUT",
            "DAGGERHEART_CONDITION_UNCHANGED,       RULE_VIOLATION",
            "DAGGERHEART_DIE_OUT_OF_RANGE,          INVALID_INPUT",
            "DAGGERHEART_ADVANTAGE_DIE_MISMATCH,    INVALID_INPUT",
            "DAGGERHEART_DIFFICULTY_OUT_OF_RANGE,   INVALID_INPUT",
            "DAGGERHEART_RESULT_UNRESOLVED,         RULE_VIOLATION",
            "DAGGERHEART_DAMAGE_TYPE_REQUIRED,      INVALID_INPUT",
            // countdowns
            "DAGGERHEART_COUNTDOWN_NOT_FOUND,           NOT_FOUND",
            "DAGGERHEART_COUNTDOWN_EXISTS,              CONFLICT",
            "DAGGERHEART_COUNTDOWN_VALUE_OUT_OF_RANGE,  INVALID_INPUT",
            "DAGGERHEART_COUNTDOWN_TONE_REQUIRED,       RULE_VIOLATION",
            "DAGGERHEART_COUNTDOWN_BEFORE_MISMATCH,     CONFLICT",
            "DAGGERHEART_COUNTDOWN_TRIGGER_PENDING,     CONFLICT",
            "DAGGERHEART_COUNTDOWN_TRIGGER_NOT_PENDING, CONFLICT",
            "DAGGERHEART_COUNTDOWN_FINISHED,            CONFLICT",
            "DAGGERHEART_COUNTDOWN_UNCHANGED,           RULE_VIOLATION",
            "DAGGERHEART_STAT_BLOCK_INVALID,        INVALID_INPUT"})
    void eachRulesCodeHasItsCategory(DaggerheartRejection code, Category category) {
        assertThat(code.category()).isEqualTo(category);
    }
}
