package dev.duality.sys.daggerheart.rules;

import dev.duality.sys.daggerheart.gm.api.GmFear;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties the rules functions keep for every input, checked on generated ones (jqwik): the Duality roll table,
 * the damage pipeline and the Fear pool. The SRD tables' own numbers are checked case by case in the rules' unit
 * tests; these catch what a hand-picked case would miss.
 */
class RulesPropertiesTest {

    @Property
    void aDualityRollsTotalIsItsDiceAndModifiersAndItsResultFollowsTheDice(@ForAll("rolls") DualityRoll roll) {
        DualityRolls.DualityOutcome outcome = DualityRolls.resolve(roll);
        int advantage = roll.advantageDie() == null ? 0 : Integer.signum(roll.netAdvantage()) * roll.advantageDie();
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
    }

    @Property
    void anActionRollGivesEitherHopeOrFearAndAReactionRollNeither(@ForAll("rolls") DualityRoll roll) {
        DualityRolls.DualityOutcome outcome = DualityRolls.resolve(roll);
        if (roll.reaction()) {
            assertThat(outcome.hopeGained() + outcome.fearGained() + outcome.stressCleared()).isZero();
            assertThat(outcome.gmMakesMove()).isFalse();
            assertThat(outcome.spotlightToGm()).isFalse();
        } else {
            assertThat(outcome.hopeGained() + outcome.fearGained()).isOne();
            assertThat(outcome.stressCleared()).isEqualTo(outcome.result() == DualityResult.CRITICAL_SUCCESS ? 1 : 0);
            // the GM answers exactly the results that swing the spotlight
            assertThat(outcome.gmMakesMove()).isEqualTo(outcome.spotlightToGm());
        }
    }

    @Property
    void moreDamageNeverMarksFewerHp(@ForAll @IntRange(max = 200) int amount, @ForAll @IntRange(max = 200) int more,
                                     @ForAll("thresholds") DamageThresholds thresholds, @ForAll boolean massive) {
        Severity lower = Damage.severity(amount, thresholds, massive);
        Severity higher = Damage.severity(amount + more, thresholds, massive);
        assertThat(higher.hpMarks()).isGreaterThanOrEqualTo(lower.hpMarks());
        assertThat(lower.hpMarks()).isBetween(0, massive ? 4 : 3);
        assertThat(lower == Severity.NONE).isEqualTo(amount == 0);
    }

    @Property
    void armorResistanceAndImmunityOnlyEverLessenAHit(@ForAll("hits") IncomingDamage hit) {
        Damage.DamageResult result = Damage.resolve(hit);
        IncomingDamage bare = new IncomingDamage(hit.amount(), hit.types(), Set.of(), Set.of(), hit.thresholds(),
                hit.massiveDamageRule(), hit.direct(), false, 0);
        Damage.DamageResult unprotected = Damage.resolve(bare);
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
    }

    @Property
    void theFearPoolNeverPassesTwelveAndNothingGainedIsUnaccounted(@ForAll @IntRange(max = 12) int before,
                                                                  @ForAll @IntRange(max = 40) int amount) {
        Fear.FearGained gained = Fear.gain(new GmFear(before), amount);
        assertThat(gained.after().value()).isEqualTo(Math.min(12, before + amount));
        assertThat(gained.gained() + gained.lostToCap()).isEqualTo(amount);
        assertThat(gained.gained()).isNotNegative();
    }

    @Provide
    Arbitrary<DualityRoll> rolls() {
        Arbitrary<Integer> d12 = Arbitraries.integers().between(1, 12);
        Arbitrary<Integer> net = Arbitraries.integers().between(-3, 3);
        Arbitrary<Integer> d6 = Arbitraries.integers().between(1, 6);
        Arbitrary<Integer> modifier = Arbitraries.integers().between(-100, 100);
        Arbitrary<Integer> difficulty = Arbitraries.integers().between(1, 100).injectNull(0.3);
        Arbitrary<Boolean> reaction = Arbitraries.of(true, false);
        return Combinators.combine(d12, d12, net, d6, modifier, difficulty, reaction)
                .as((hope, fear, advantage, die, mod, diff, react) -> new DualityRoll(hope, fear, advantage,
                        advantage == 0 ? null : die, mod, diff, react));
    }

    @Provide
    Arbitrary<DamageThresholds> thresholds() {
        return Combinators.combine(Arbitraries.integers().between(1, 40), Arbitraries.integers().between(1, 40))
                .as((major, gap) -> new DamageThresholds(major, major + gap));
    }

    @Provide
    Arbitrary<IncomingDamage> hits() {
        Arbitrary<Set<DamageType>> types = Arbitraries.subsetOf(EnumSet.allOf(DamageType.class)).ofMinSize(1);
        Arbitrary<Set<DamageType>> some = Arbitraries.subsetOf(EnumSet.allOf(DamageType.class));
        Arbitrary<DamageThresholds> thresholds = thresholds().injectNull(0.2);
        return Combinators.combine(Arbitraries.integers().between(0, 120), types, some, some, thresholds,
                        Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .flatAs((amount, type, resists, immune, limits, massive, direct, mark) -> Arbitraries.integers()
                        .between(0, 12).map(slots -> new IncomingDamage(amount, type, resists, immune, limits,
                                massive, direct, mark, slots)));
    }
}
