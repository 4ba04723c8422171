package dev.duality.sys.daggerheart.rules;

import dev.duality.core.value.ValueRejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_AMOUNT_NEGATIVE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ARMOR_SLOTS_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DAMAGE_TYPE_REQUIRED;
import static dev.duality.sys.daggerheart.rules.Refusals.JOURNAL;
import static dev.duality.sys.daggerheart.rules.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class DamageTest {
    private static final DamageThresholds LEATHER_LEVEL_1 = new DamageThresholds(7, 14);

    /** "physical magic" -> both; "-" -> none. */
    private static Set<DamageType> types(String names) {
        if (names.equals("-")) {
            return Set.of();
        }
        Set<DamageType> types = EnumSet.noneOf(DamageType.class);
        Arrays.stream(names.trim().split(" +")).forEach(n -> types.add(DamageType.valueOf(n.toUpperCase())));
        return types;
    }

    // SRD section 3 "Damage thresholds" table with concrete thresholds: <= 0 none (0), < Major minor (1),
    // Major..Severe-1 major (2), >= Severe severe (3); massive damage rule: >= 2 x Severe massive (4)
    @ParameterizedTest(name = "{0}/{1}, {2} damage, massive rule {3}: {4} ({5} HP)")
    @CsvSource({
            // unarmored level 1: 1/2
            " 1,  2,   0, false, NONE,    0",
            " 1,  2,   1, false, MAJOR,   2",
            " 1,  2,   2, false, SEVERE,  3",
            " 1,  2,   3, true,  SEVERE,  3",
            " 1,  2,   4, true,  MASSIVE, 4",
            " 1,  2,   4, false, SEVERE,  3",
            // Leather level 1: 7/14
            " 7, 14,  -3, false, NONE,    0",
            " 7, 14,   1, false, MINOR,   1",
            " 7, 14,   6, false, MINOR,   1",
            " 7, 14,   7, false, MAJOR,   2",
            " 7, 14,  13, false, MAJOR,   2",
            " 7, 14,  14, false, SEVERE,  3",
            " 7, 14,  27, true,  SEVERE,  3",
            " 7, 14,  28, true,  MASSIVE, 4",
            " 7, 14,  28, false, SEVERE,  3",
            " 7, 14, 100, false, SEVERE,  3",
            // Chainmail level 3: 10/18
            "10, 18,   9, false, MINOR,   1",
            "10, 18,  10, false, MAJOR,   2",
            "10, 18,  17, false, MAJOR,   2",
            "10, 18,  18, false, SEVERE,  3",
            "10, 18,  35, true,  SEVERE,  3",
            "10, 18,  36, true,  MASSIVE, 4",
            // adversary T1 benchmark 7/12
            " 7, 12,  24, true,  MASSIVE, 4",
            " 7, 12,  23, true,  SEVERE,  3"})
    void thresholdsSetTheSeverity(int major, int severe, int amount, boolean massiveRule, Severity severity,
                                  int hp) {
        Severity actual = Damage.severity(amount, new DamageThresholds(major, severe), massiveRule);
        assertThat(actual).isEqualTo(severity);
        assertThat(actual.hpMarks()).isEqualTo(hp);
    }

    // Armor Slot: one band lower, never below none
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"MASSIVE, SEVERE", "SEVERE, MAJOR", "MAJOR, MINOR", "MINOR, NONE", "NONE, NONE"})
    void anArmorSlotLowersOneBand(Severity from, Severity to) {
        assertThat(from.oneBandLower()).isEqualTo(to);
    }

    // The whole pipeline. Thresholds 7/14 (Leather, level 1) unless the row says otherwise.
    // columns: amount, types, resistances, immunities, major, severe, massive rule, direct, mark slot, slots free |
    //          amount after, severity before, severity after, HP, slots spent, slot use, immune, resisted
    @ParameterizedTest(name = "[{index}] {0} {1} res {2} imm {3} vs {4}/{5}: {10} {11}->{12} {13} HP")
    @CsvSource({
            // thresholds alone, no armor asked
            " 5, physical,       -,              -,               7, 14, false, false, false, 3,   5, MINOR,   MINOR,   1, 0, NOT_REQUESTED,     false, false",
            "10, physical,       -,              -,               7, 14, false, false, false, 3,  10, MAJOR,   MAJOR,   2, 0, NOT_REQUESTED,     false, false",
            // one Armor Slot lowers one band
            " 5, physical,       -,              -,               7, 14, false, false, true,  3,   5, MINOR,   NONE,    0, 1, USED,              false, false",
            "10, physical,       -,              -,               7, 14, false, false, true,  3,  10, MAJOR,   MINOR,   1, 1, USED,              false, false",
            "20, magic,          -,              -,               7, 14, false, false, true,  1,  20, SEVERE,  MAJOR,   2, 1, USED,              false, false",
            "28, physical,       -,              -,               7, 14, true,  false, true,  3,  28, MASSIVE, SEVERE,  3, 1, USED,              false, false",
            "28, physical,       -,              -,               7, 14, false, false, true,  3,  28, SEVERE,  MAJOR,   2, 1, USED,              false, false",
            "18, physical,       -,              -,              10, 18, false, false, true,  4,  18, SEVERE,  MAJOR,   2, 1, USED,              false, false",
            " 1, physical,       -,              -,               1,  2, false, false, true,  1,   1, MAJOR,   MINOR,   1, 1, USED,              false, false",
            // no slot left (or Armor Score 0)
            "10, physical,       -,              -,               7, 14, false, false, true,  0,  10, MAJOR,   MAJOR,   2, 0, NO_SLOT_AVAILABLE, false, false",
            " 1, physical,       -,              -,               1,  2, false, false, true,  0,   1, MAJOR,   MAJOR,   2, 0, NO_SLOT_AVAILABLE, false, false",
            // direct damage can't be reduced by Armor Slots
            "10, physical,       -,              -,               7, 14, false, true,  true,  3,  10, MAJOR,   MAJOR,   2, 0, DIRECT_DAMAGE,     false, false",
            "10, physical,       -,              -,               7, 14, false, true,  false, 3,  10, MAJOR,   MAJOR,   2, 0, DIRECT_DAMAGE,     false, false",
            // no slot is spent on a hit that marks nothing
            " 0, physical,       -,              -,               7, 14, false, false, true,  3,   0, NONE,    NONE,    0, 0, NOTHING_TO_REDUCE, false, false",
            " 0, physical,       -,              -,               7, 14, false, true,  true,  3,   0, NONE,    NONE,    0, 0, NOTHING_TO_REDUCE, false, false",
            // resistance halves, rounding up, before thresholds and armor
            " 7, physical,       physical,       -,               7, 14, false, false, false, 3,   4, MINOR,   MINOR,   1, 0, NOT_REQUESTED,     false, true",
            " 7, physical,       -,              -,               7, 14, false, false, false, 3,   7, MAJOR,   MAJOR,   2, 0, NOT_REQUESTED,     false, false",
            "14, physical,       physical,       -,               7, 14, false, false, false, 3,   7, MAJOR,   MAJOR,   2, 0, NOT_REQUESTED,     false, true",
            " 1, magic,          magic,          -,               7, 14, false, false, false, 3,   1, MINOR,   MINOR,   1, 0, NOT_REQUESTED,     false, true",
            "28, physical,       physical,       -,               7, 14, false, false, true,  1,  14, SEVERE,  MAJOR,   2, 1, USED,              false, true",
            "56, physical,       physical,       -,               7, 14, true,  false, true,  1,  28, MASSIVE, SEVERE,  3, 1, USED,              false, true",
            // resistance to the other type does nothing
            " 7, magic,          physical,       -,               7, 14, false, false, false, 3,   7, MAJOR,   MAJOR,   2, 0, NOT_REQUESTED,     false, false",
            // mixed damage: resisted only when both types are resisted
            " 7, physical magic, physical,       -,               7, 14, false, false, false, 3,   7, MAJOR,   MAJOR,   2, 0, NOT_REQUESTED,     false, false",
            " 7, physical magic, physical magic, -,               7, 14, false, false, false, 3,   4, MINOR,   MINOR,   1, 0, NOT_REQUESTED,     false, true",
            // immunity ignores the damage; mixed only when immune to both
            "20, physical,       -,              physical,        7, 14, false, false, true,  3,   0, NONE,    NONE,    0, 0, NOTHING_TO_REDUCE, true,  false",
            "20, physical magic, -,              physical,        7, 14, false, false, false, 3,  20, SEVERE,  SEVERE,  3, 0, NOT_REQUESTED,     false, false",
            "20, physical magic, -,              physical magic,  7, 14, false, true,  false, 3,   0, NONE,    NONE,    0, 0, NOTHING_TO_REDUCE, true,  false",
            "20, magic,          physical,       magic,           7, 14, false, false, false, 3,   0, NONE,    NONE,    0, 0, NOTHING_TO_REDUCE, true,  false",
            "20, physical magic, magic,          physical,        7, 14, false, false, false, 3,  20, SEVERE,  SEVERE,  3, 0, NOT_REQUESTED,     false, false",
            // immunity wins over resistance to the same type
            "20, physical,       physical,       physical,        7, 14, false, false, false, 3,   0, NONE,    NONE,    0, 0, NOTHING_TO_REDUCE, true,  false"})
    void thePipeline(int amount, String damageTypes, String resistances, String immunities, int major, int severe,
                     boolean massiveRule, boolean direct, boolean markSlot, int slots, int amountAfter,
                     Severity before, Severity after, int hp, int spent, ArmorSlotUse use, boolean immune,
                     boolean resisted) {
        IncomingDamage damage = new IncomingDamage(amount, types(damageTypes), types(resistances), types(immunities),
                new DamageThresholds(major, severe), massiveRule, direct, markSlot, slots);

        Damage.DamageResult result = Damage.resolve(damage);

        assertThat(result).isEqualTo(new Damage.DamageResult(amountAfter, before, after, hp, spent, use, immune,
                resisted, direct, before == Severity.MASSIVE));
    }

    @Test
    void theMassiveFlagFollowsTheRuleAtExactlyTwiceSevere() {
        IncomingDamage on = new IncomingDamage(28, Set.of(DamageType.PHYSICAL), Set.of(), Set.of(), LEATHER_LEVEL_1,
                true, false, false, 0);
        IncomingDamage off = new IncomingDamage(28, Set.of(DamageType.PHYSICAL), Set.of(), Set.of(), LEATHER_LEVEL_1,
                false, false, false, 0);
        assertThat(Damage.resolve(on).massive()).isTrue();
        assertThat(Damage.resolve(on).hpMarks()).isEqualTo(4);
        assertThat(Damage.resolve(off).massive()).isFalse();
        assertThat(Damage.resolve(off).hpMarks()).isEqualTo(3);
    }

    @Test
    void applyingAHitMarksHpAndReportsTheLastOne() {
        IncomingDamage hit = new IncomingDamage(14, Set.of(DamageType.PHYSICAL), Set.of(), Set.of(), LEATHER_LEVEL_1,
                false, false, false, 0);
        Damage.DamageResult result = Damage.resolve(hit);

        CharacterResources.HpMarked survived = CharacterResources.markHp(new HitPoints(2, 6), result.hpMarks());
        CharacterResources.HpMarked fell = CharacterResources.markHp(new HitPoints(4, 6), result.hpMarks());

        assertThat(survived).isEqualTo(new CharacterResources.HpMarked(new HitPoints(5, 6), 3, 0, false));
        assertThat(fell).isEqualTo(new CharacterResources.HpMarked(new HitPoints(6, 6), 2, 1, true));
    }

    // SRD Minion (X): a minion has no thresholds and is defeated by any damage (its one HP); immunity and resistance
    // still come first, and the massive damage rule needs a Severe threshold to double
    @ParameterizedTest(name = "{0} {1}, resists {2}, immune {3}, massive rule {4}: {5}, {6} HP")
    @CsvSource({
            "  1, physical, -,        -,        false, MINOR, 1",
            " 40, physical, -,        -,        true,  MINOR, 1",
            "  0, physical, -,        -,        false, NONE,  0",
            "  1, magic,    magic,    -,        false, MINOR, 1",
            "  9, magic,    -,        magic,    false, NONE,  0"})
    void aTargetWithoutThresholdsTakesAnyDamageAsMinor(int amount, String damageTypes, String resistances,
                                                       String immunities, boolean massiveRule, Severity severity,
                                                       int hpMarks) {
        Damage.DamageResult result = Damage.resolve(new IncomingDamage(amount, types(damageTypes), types(resistances),
                types(immunities), null, massiveRule, false, false, 0));

        assertThat(result.severityAfterArmor()).isEqualTo(severity);
        assertThat(result.hpMarks()).isEqualTo(hpMarks);
        assertThat(result.massive()).isFalse();
    }

    @Test
    void theIncomingDamageIsChecked() {
        Set<DamageType> physical = Set.of(DamageType.PHYSICAL);
        assertRefused(() -> new IncomingDamage(-1, physical, Set.of(), Set.of(), LEATHER_LEVEL_1, false, false, false,
                0), DAGGERHEART_AMOUNT_NEGATIVE, "amount");
        assertRefused(() -> new IncomingDamage(5, Set.of(), Set.of(), Set.of(), LEATHER_LEVEL_1, false, false, false,
                0), DAGGERHEART_DAMAGE_TYPE_REQUIRED, "damage_types");
        assertRefused(() -> new IncomingDamage(5, null, Set.of(), Set.of(), LEATHER_LEVEL_1, false, false, false, 0),
                ValueRejection.VALUE_REQUIRED, "damage_types");
        assertRefused(() -> new IncomingDamage(5, physical, null, Set.of(), LEATHER_LEVEL_1, false, false, false, 0),
                ValueRejection.VALUE_REQUIRED, "resistances");
        assertRefused(() -> new IncomingDamage(5, physical, Set.of(), null, LEATHER_LEVEL_1, false, false, false, 0),
                ValueRejection.VALUE_REQUIRED, "immunities");
        assertRefused(() -> new IncomingDamage(5, physical, Set.of(), Set.of(), LEATHER_LEVEL_1, false, false, true,
                -1), DAGGERHEART_ARMOR_SLOTS_OUT_OF_RANGE, "armor_slots_available");
        assertRefused(() -> new IncomingDamage(5, physical, Set.of(), Set.of(), LEATHER_LEVEL_1, false, false, true,
                13), DAGGERHEART_ARMOR_SLOTS_OUT_OF_RANGE, "armor_slots_available");
        Set<DamageType> withNull = new HashSet<>(Arrays.asList(DamageType.MAGIC, null));
        assertRefused(() -> new IncomingDamage(5, withNull, Set.of(), Set.of(), LEATHER_LEVEL_1, false, false, false,
                0), ValueRejection.VALUE_REQUIRED, "damage_types");
        assertRefused(() -> Damage.resolve(null), ValueRejection.VALUE_REQUIRED, "damage");
    }

    @Test
    void aResultIsWrittenWithSnakeCaseFieldsAndWireNames() throws Exception {
        IncomingDamage hit = new IncomingDamage(10, Set.of(DamageType.PHYSICAL), Set.of(), Set.of(), LEATHER_LEVEL_1,
                false, false, true, 2);
        String json = JOURNAL.writeValueAsString(Damage.resolve(hit));
        assertThat(json).isEqualTo("{\"amount\":10,\"severity_before_armor\":\"major\","
                + "\"severity_after_armor\":\"minor\",\"hp_marks\":1,\"armor_slots_spent\":1,"
                + "\"armor_slot_use\":\"used\",\"immune\":false,\"resisted\":false,\"direct\":false,"
                + "\"massive\":false}");
        String incoming = JOURNAL.writeValueAsString(hit);
        assertThat(JOURNAL.readValue(incoming, IncomingDamage.class)).isEqualTo(hit);
    }
}
