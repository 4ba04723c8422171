package dev.duality.sys.daggerheart.rules;

import dev.duality.core.value.ValueRejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Set;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DAMAGE_TYPE_REQUIRED;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DIFFICULTY_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_HP_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_MODIFIER_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_STAT_BLOCK_INVALID;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_STRESS_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_THRESHOLDS_INVALID;
import static dev.duality.sys.daggerheart.rules.Refusals.JOURNAL;
import static dev.duality.sys.daggerheart.rules.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stat blocks, typed in from SRD 1.0: the Jagged Knife Bandit (Tier 1 Standard, Difficulty 12, thresholds 8/14, HP 5,
 * Stress 3, ATK +1, Daggers: Melee, 1d8+1 phy, Thief +2), the Jagged Knife Lackey (Tier 1 Minion, Difficulty 9, no
 * thresholds, HP 1, Stress 1, ATK -2, Daggers: Melee, 2 phy, Minion (3)) and the Zombie Pack (Tier 1 Horde (2/HP),
 * Difficulty 8, thresholds 6/12, HP 6, Stress 3, ATK -1, Bite: Melee, 1d10+2 phy, Horde (1d4+2)).
 */
class AdversaryStatBlockTest {
    private static final StandardAttack DAGGERS = new StandardAttack("Daggers", Range.MELEE, new DamageDice(1, 8, 1),
            Set.of(DamageType.PHYSICAL));
    private static final List<Experience> THIEF = List.of(new Experience("Thief", 2));

    @Test
    void theSrdsThreeKindsOfStatBlockAreAccepted() {
        AdversaryStatBlock bandit = block(AdversaryType.STANDARD, new DamageThresholds(8, 14), 5, null, null);
        AdversaryStatBlock lackey = new AdversaryStatBlock("Jagged Knife Lackey", 1, AdversaryType.MINION, 9, null,
                1, 1, -2, new StandardAttack("Daggers", Range.MELEE, DamageDice.flat(2), Set.of(DamageType.PHYSICAL)),
                3, null, List.of(), THIEF);
        AdversaryStatBlock pack = new AdversaryStatBlock("Zombie Pack", 1, AdversaryType.HORDE, 8,
                new DamageThresholds(6, 12), 6, 3, -1, new StandardAttack("Bite", Range.MELEE,
                new DamageDice(1, 10, 2), Set.of(DamageType.PHYSICAL)), null, new Horde(2, new DamageDice(1, 4, 2)),
                null, null);

        assertThat(bandit.minion()).isFalse();
        assertThat(lackey.minion()).isTrue();
        assertThat(lackey.thresholds()).isNull();
        assertThat(pack.horde().reducedDamage().notation()).isEqualTo("1d4+2");
        assertThat(pack.features()).isEmpty();
        assertThat(pack.experiences()).isEmpty();
    }

    // SRD Minion (X): a minion has 1 HP, no thresholds, and its X
    @Test
    void aMinionHasNoThresholdsOneHpAndItsValue() {
        StandardAttack flat = new StandardAttack("Daggers", Range.MELEE, DamageDice.flat(2),
                Set.of(DamageType.PHYSICAL));
        assertRefused(() -> new AdversaryStatBlock("Lackey", 1, AdversaryType.MINION, 9, new DamageThresholds(1, 2),
                1, 1, -2, flat, 3, null, null, null), DAGGERHEART_STAT_BLOCK_INVALID, "thresholds");
        assertRefused(() -> new AdversaryStatBlock("Lackey", 1, AdversaryType.MINION, 9, null, 2, 1, -2, flat, 3,
                null, null, null), DAGGERHEART_STAT_BLOCK_INVALID, "hp_max");
        assertRefused(() -> new AdversaryStatBlock("Lackey", 1, AdversaryType.MINION, 9, null, 1, 1, -2, flat, null,
                null, null, null), ValueRejection.VALUE_REQUIRED, "minion_value");
        assertRefused(() -> new AdversaryStatBlock("Lackey", 1, AdversaryType.MINION, 9, null, 1, 1, -2, flat, 0,
                null, null, null), ValueRejection.VALUE_OUT_OF_RANGE, "minion_value");
        assertRefused(() -> new AdversaryStatBlock("Lackey", 1, AdversaryType.MINION, 9, null, 1, 1, -2, flat, 21,
                null, null, null), ValueRejection.VALUE_OUT_OF_RANGE, "minion_value");
    }

    @Test
    void aHordeHasItsPartsAndOnlyAHordeHasThem() {
        assertRefused(() -> block(AdversaryType.HORDE, new DamageThresholds(6, 12), 6, null, null),
                ValueRejection.VALUE_REQUIRED, "horde");
        assertRefused(() -> block(AdversaryType.STANDARD, new DamageThresholds(8, 14), 5, null,
                new Horde(2, new DamageDice(1, 4, 2))), DAGGERHEART_STAT_BLOCK_INVALID, "horde");
        assertRefused(() -> new Horde(0, new DamageDice(1, 4, 2)), ValueRejection.VALUE_OUT_OF_RANGE,
                "creatures_per_hp");
        assertRefused(() -> new Horde(11, new DamageDice(1, 4, 2)), ValueRejection.VALUE_OUT_OF_RANGE,
                "creatures_per_hp");
        assertRefused(() -> new Horde(2, null), ValueRejection.VALUE_REQUIRED, "reduced_damage");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = AdversaryType.class, names = {"MINION"}, mode = EnumSource.Mode.EXCLUDE)
    void everyOtherTypeHasThresholdsAndNoMinionValue(AdversaryType type) {
        Horde horde = type == AdversaryType.HORDE ? new Horde(2, new DamageDice(1, 4, 2)) : null;
        assertRefused(() -> block(type, null, 5, null, horde), ValueRejection.VALUE_REQUIRED, "thresholds");
        assertRefused(() -> block(type, new DamageThresholds(8, 14), 5, 3, horde), DAGGERHEART_STAT_BLOCK_INVALID,
                "minion_value");
        assertThat(block(type, new DamageThresholds(8, 14), 5, null, horde).type()).isEqualTo(type);
    }

    @Test
    void theNumbersAreChecked() {
        DamageThresholds bandit = new DamageThresholds(8, 14);
        assertRefused(() -> numbers(0, 12, 5, 3, 1), ValueRejection.VALUE_OUT_OF_RANGE, "tier");
        assertRefused(() -> numbers(5, 12, 5, 3, 1), ValueRejection.VALUE_OUT_OF_RANGE, "tier");
        assertRefused(() -> numbers(1, 0, 5, 3, 1), DAGGERHEART_DIFFICULTY_OUT_OF_RANGE, "difficulty");
        assertRefused(() -> numbers(1, 101, 5, 3, 1), DAGGERHEART_DIFFICULTY_OUT_OF_RANGE, "difficulty");
        assertRefused(() -> numbers(1, 12, 0, 3, 1), DAGGERHEART_HP_OUT_OF_RANGE, "hp_max");
        assertRefused(() -> numbers(1, 12, 13, 3, 1), DAGGERHEART_HP_OUT_OF_RANGE, "hp_max");
        assertRefused(() -> numbers(1, 12, 5, 0, 1), DAGGERHEART_STRESS_OUT_OF_RANGE, "stress_max");
        assertRefused(() -> numbers(1, 12, 5, 13, 1), DAGGERHEART_STRESS_OUT_OF_RANGE, "stress_max");
        assertRefused(() -> numbers(1, 12, 5, 3, 21), DAGGERHEART_MODIFIER_OUT_OF_RANGE, "attack_modifier");
        assertRefused(() -> numbers(1, 12, 5, 3, -21), DAGGERHEART_MODIFIER_OUT_OF_RANGE, "attack_modifier");
        assertRefused(() -> new DamageThresholds(8, 8), DAGGERHEART_THRESHOLDS_INVALID, "severe");
        assertRefused(() -> new AdversaryStatBlock(" ", 1, AdversaryType.STANDARD, 12, bandit, 5, 3, 1, DAGGERS,
                null, null, null, null), ValueRejection.NAME_INVALID, "name");
        assertRefused(() -> new AdversaryStatBlock("Bandit", 1, null, 12, bandit, 5, 3, 1, DAGGERS, null, null,
                null, null), ValueRejection.VALUE_REQUIRED, "type");
        assertRefused(() -> new AdversaryStatBlock("Bandit", 1, AdversaryType.STANDARD, 12, bandit, 5, 3, 1, null,
                null, null, null, null), ValueRejection.VALUE_REQUIRED, "standard_attack");
        assertRefused(() -> new AdversaryStatBlock("Bandit", 1, AdversaryType.STANDARD, 12, bandit, 5, 3, 1, DAGGERS,
                null, null, java.util.Arrays.asList((AdversaryFeature) null), null), ValueRejection.VALUE_REQUIRED,
                "features[0]");
    }

    // SRD tier benchmarks span the whole range the checks allow: Difficulty 11 to 20, ATK +1 to +4, HP up to 12
    @ParameterizedTest(name = "tier {0}, Difficulty {1}, ATK {2}, {3}/{4}, HP {5}")
    @CsvSource({"1, 11, 1, 7, 12, 1", "2, 14, 2, 10, 20, 12", "3, 17, 3, 20, 32, 6", "4, 20, 4, 25, 45, 12"})
    void theTierBenchmarksAreStatBlocks(int tier, int difficulty, int attack, int major, int severe, int hp) {
        AdversaryStatBlock block = new AdversaryStatBlock("Benchmark", tier, AdversaryType.STANDARD, difficulty,
                new DamageThresholds(major, severe), hp, 3, attack, DAGGERS, null, null, null, null);
        assertThat(block.tier()).isEqualTo(tier);
    }

    // --- damage dice -----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}d{1}+{2} = {3}, max {4}")
    @CsvSource({"1, 10, 2, 1d10+2, 10", "2, 6, 3, 2d6+3, 12", "4, 12, 15, 4d12+15, 48", "2, 8, 0, 2d8, 16",
            "0, 0, 2, 2, 0"})
    void damageDiceAreWrittenAsTheStatBlockWritesThem(int count, int sides, int bonus, String notation, int max) {
        DamageDice dice = new DamageDice(count, sides, bonus);
        assertThat(dice.notation()).isEqualTo(notation);
        assertThat(dice.max()).isEqualTo(max);
        assertThat(dice.dice().isPresent()).isEqualTo(count > 0);
    }

    @Test
    void damageDiceAreChecked() {
        assertRefused(() -> new DamageDice(1, 7, 0), ValueRejection.VALUE_OUT_OF_RANGE, "sides");
        assertRefused(() -> new DamageDice(0, 6, 2), ValueRejection.VALUE_OUT_OF_RANGE, "sides");
        assertRefused(() -> new DamageDice(21, 6, 0), ValueRejection.VALUE_OUT_OF_RANGE, "count");
        assertRefused(() -> new DamageDice(-1, 6, 0), ValueRejection.VALUE_OUT_OF_RANGE, "count");
        assertRefused(() -> new DamageDice(1, 6, -1), ValueRejection.VALUE_OUT_OF_RANGE, "bonus");
        assertRefused(() -> new DamageDice(1, 6, 101), ValueRejection.VALUE_OUT_OF_RANGE, "bonus");
        assertRefused(() -> DamageDice.flat(0), ValueRejection.VALUE_OUT_OF_RANGE, "bonus");
        assertRefused(() -> new DamageDice(2, 6, 0).total(List.of(3), false), ValueRejection.VALUE_OUT_OF_RANGE,
                "results");
        assertRefused(() -> new DamageDice(1, 6, 0).total(List.of(7), false), ValueRejection.VALUE_OUT_OF_RANGE,
                "results[0]");
    }

    @Test
    void anAttackNeedsADamageType() {
        assertRefused(() -> new StandardAttack("Bite", Range.MELEE, new DamageDice(1, 10, 2), Set.of()),
                DAGGERHEART_DAMAGE_TYPE_REQUIRED, "damage_types");
        assertRefused(() -> new StandardAttack("Bite", null, new DamageDice(1, 10, 2), Set.of(DamageType.PHYSICAL)),
                ValueRejection.VALUE_REQUIRED, "range");
        assertRefused(() -> new AdversaryFeature("Overwhelm", null, "Hits back"), ValueRejection.VALUE_REQUIRED,
                "kind");
    }

    @Test
    void aStatBlockIsWrittenWithSnakeCaseFieldsAndWireNamesAndReadBack() throws Exception {
        AdversaryStatBlock pack = new AdversaryStatBlock("Zombie Pack", 1, AdversaryType.HORDE, 8,
                new DamageThresholds(6, 12), 6, 3, -1, new StandardAttack("Bite", Range.MELEE,
                new DamageDice(1, 10, 2), Set.of(DamageType.PHYSICAL)), null, new Horde(2, new DamageDice(1, 4, 2)),
                List.of(new AdversaryFeature("Overwhelm", FeatureKind.REACTION, "Strikes back when hurt in melee")),
                List.of());
        String json = JOURNAL.writeValueAsString(pack);

        assertThat(json).contains("\"type\":\"horde\"", "\"attack_modifier\":-1", "\"range\":\"melee\"",
                "\"damage_types\":[\"physical\"]", "\"creatures_per_hp\":2",
                "\"reduced_damage\":{\"count\":1,\"sides\":4,\"bonus\":2,\"notation\":\"1d4+2\"}",
                "\"kind\":\"reaction\"").doesNotContain("minion_value");
        assertThat(JOURNAL.readValue(json, AdversaryStatBlock.class)).isEqualTo(pack);
    }

    private static AdversaryStatBlock block(AdversaryType type, DamageThresholds thresholds, int hp,
                                            Integer minionValue, Horde horde) {
        return new AdversaryStatBlock("Jagged Knife Bandit", 1, type, 12, thresholds, hp, 3, 1, DAGGERS, minionValue,
                horde, List.of(), THIEF);
    }

    private static AdversaryStatBlock numbers(int tier, int difficulty, int hp, int stress, int attackModifier) {
        return new AdversaryStatBlock("Jagged Knife Bandit", tier, AdversaryType.STANDARD, difficulty,
                new DamageThresholds(8, 14), hp, stress, attackModifier, DAGGERS, null, null, null, null);
    }
}
