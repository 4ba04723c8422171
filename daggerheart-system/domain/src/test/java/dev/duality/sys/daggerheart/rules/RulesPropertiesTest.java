package dev.duality.sys.daggerheart.rules;

import dev.duality.sys.daggerheart.gm.api.GmFear;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

import static dev.duality.core.testing.Generated.between;
import static dev.duality.core.testing.Generated.forAll;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties the rules functions keep for every input, checked on generated ones (fixed seeds): the Duality roll
 * table, the damage pipeline and the Fear pool. The SRD tables' own numbers are checked case by case in the rules'
 * unit tests; these catch what a hand-picked case would miss.
 */
class RulesPropertiesTest {

    @Test
    void aDualityRollsTotalIsItsDiceAndModifiersAndItsResultFollowsTheDice() {
        forAll(21, RulesPropertiesTest::roll, roll -> {
            DualityRolls.DualityOutcome outcome = DualityRolls.resolve(roll);
            int advantage = roll.advantageDie() == null ? 0
                    : Integer.signum(roll.netAdvantage()) * roll.advantageDie();
            assertThat(outcome.total()).isEqualTo(roll.hopeDie() + roll.fearDie() + advantage + roll.modifier());
            assertThat(outcome.advantage()).isEqualTo(advantage);
            if (roll.hopeDie() == roll.fearDie()) {
                assertThat(outcome.result()).isEqualTo(DualityResult.CRITICAL_SUCCESS);
            } else {
                assertThat(outcome.result().withHope()).isEqualTo(roll.hopeDie() > roll.fearDie());
                assertThat(outcome.result().resolved()).isEqualTo(roll.difficulty() != null);
                if (roll.difficulty() != null) {
                    assertThat(outcome.result().succeeded()).isEqualTo(outcome.total() >= roll.difficulty());
                }
            }
        });
    }

    @Test
    void anActionRollGivesEitherHopeOrFearAndAReactionRollNeither() {
        forAll(22, RulesPropertiesTest::roll, roll -> {
            DualityRolls.DualityOutcome outcome = DualityRolls.resolve(roll);
            if (roll.reaction()) {
                assertThat(outcome.hopeGained() + outcome.fearGained() + outcome.stressCleared()).isZero();
                assertThat(outcome.gmMakesMove()).isFalse();
                assertThat(outcome.spotlightToGm()).isFalse();
            } else {
                assertThat(outcome.hopeGained() + outcome.fearGained()).isOne();
                assertThat(outcome.stressCleared())
                        .isEqualTo(outcome.result() == DualityResult.CRITICAL_SUCCESS ? 1 : 0);
                // the GM answers exactly the results that swing the spotlight
                assertThat(outcome.gmMakesMove()).isEqualTo(outcome.spotlightToGm());
            }
        });
    }

    /** Two amounts of damage, the second no smaller, against one target. */
    record Amounts(int less, int more, DamageThresholds thresholds, boolean massive) {
    }

    @Test
    void moreDamageNeverMarksFewerHp() {
        forAll(23, random -> {
            int less = between(random, 0, 200);
            return new Amounts(less, less + between(random, 0, 200), thresholds(random), random.nextBoolean());
        }, c -> {
            Severity lower = Damage.severity(c.less(), c.thresholds(), c.massive());
            Severity higher = Damage.severity(c.more(), c.thresholds(), c.massive());
            assertThat(higher.hpMarks()).isGreaterThanOrEqualTo(lower.hpMarks());
            assertThat(lower.hpMarks()).isBetween(0, c.massive() ? 4 : 3);
            assertThat(lower == Severity.NONE).isEqualTo(c.less() == 0);
        });
    }

    @Test
    void armorResistanceAndImmunityOnlyEverLessenAHit() {
        forAll(24, RulesPropertiesTest::hit, hit -> {
            Damage.DamageResult result = Damage.resolve(hit);
            Damage.DamageResult unprotected = Damage.resolve(new IncomingDamage(hit.amount(), hit.types(), Set.of(),
                    Set.of(), hit.thresholds(), hit.massiveDamageRule(), hit.direct(), false, 0));
            assertThat(result.amount()).isLessThanOrEqualTo(hit.amount());
            assertThat(result.hpMarks()).isLessThanOrEqualTo(unprotected.hpMarks());
            // one Armor Slot at most, and it lowers the hit by exactly one band
            assertThat(result.armorSlotsSpent()).isBetween(0, Math.min(1, hit.armorSlotsAvailable()));
            assertThat(result.severityBeforeArmor().hpMarks() - result.severityAfterArmor().hpMarks())
                    .isEqualTo(result.armorSlotsSpent());
            assertThat(result.armorSlotsSpent() == 1).isEqualTo(result.armorSlotUse() == ArmorSlotUse.USED);
            if (hit.direct()) {
                assertThat(result.armorSlotsSpent()).isZero();
            }
            if (result.immune()) {
                assertThat(result.hpMarks()).isZero();
            }
        });
    }

    /** Fear before a gain, and the gain. */
    record FearCase(int before, int amount) {
    }

    @Test
    void theFearPoolNeverPassesTwelveAndNothingGainedIsUnaccounted() {
        forAll(25, random -> new FearCase(between(random, 0, 12), between(random, 0, 40)), c -> {
            Fear.FearGained gained = Fear.gain(new GmFear(c.before()), c.amount());
            assertThat(gained.after().value()).isEqualTo(Math.min(12, c.before() + c.amount()));
            assertThat(gained.gained() + gained.lostToCap()).isEqualTo(c.amount());
            assertThat(gained.gained()).isNotNegative();
        });
    }

    private static DualityRoll roll(Random random) {
        int net = between(random, -3, 3);
        return new DualityRoll(between(random, 1, 12), between(random, 1, 12), net,
                net == 0 ? null : between(random, 1, 6), between(random, -100, 100),
                random.nextInt(10) < 3 ? null : between(random, 1, 100), random.nextBoolean());
    }

    private static DamageThresholds thresholds(Random random) {
        int major = between(random, 1, 40);
        return new DamageThresholds(major, major + between(random, 1, 40));
    }

    private static IncomingDamage hit(Random random) {
        return new IncomingDamage(between(random, 0, 120), someOf(random, 1), someOf(random, 0), someOf(random, 0),
                random.nextInt(5) == 0 ? null : thresholds(random), random.nextBoolean(), random.nextBoolean(),
                random.nextBoolean(), between(random, 0, 12));
    }

    /** Physical, magic, both or (when {@code atLeast} is 0) neither. */
    private static Set<DamageType> someOf(Random random, int atLeast) {
        Set<DamageType> types = EnumSet.noneOf(DamageType.class);
        do {
            for (DamageType type : DamageType.values()) {
                if (random.nextBoolean()) {
                    types.add(type);
                }
            }
        } while (types.size() < atLeast);
        return types;
    }
}
