package dev.duality.sys.daggerheart.rules;

import dev.duality.core.value.ValueRejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_AMOUNT_NEGATIVE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DIE_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.rules.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class AdversariesTest {
    // SRD 1.0 stat block, Zombie Pack: Horde (2/HP), HP 6, Bite 1d10+2 phy, Horde (1d4+2)
    private static final DamageDice BITE = new DamageDice(1, 10, 2);
    private static final DamageDice REDUCED_BITE = new DamageDice(1, 4, 2);
    private static final AdversaryStatBlock ZOMBIE_PACK = new AdversaryStatBlock("Zombie Pack", 1,
            AdversaryType.HORDE, 8, new DamageThresholds(6, 12), 6, 3, -1,
            new StandardAttack("Bite", Range.MELEE, BITE, Set.of(DamageType.PHYSICAL)), null,
            new Horde(2, REDUCED_BITE), null, null);

    // SRD Horde (X): "when the Horde has marked half or more of their HP, their standard attack deals X instead"
    @ParameterizedTest(name = "{0} of {1} HP marked: reduced {2}")
    @CsvSource({"0, 6, false", "2, 6, false", "3, 6, true", "5, 6, true", "6, 6, true",
            "2, 5, false", "3, 5, true", "0, 1, false", "1, 1, true"})
    void aHordeAttacksForItsReducedDamageOnceHalfItsHpIsMarked(int marked, int max, boolean reduced) {
        AdversaryStatBlock horde = new AdversaryStatBlock("Horde", 1, AdversaryType.HORDE, 8,
                new DamageThresholds(6, 12), max, 3, -1, ZOMBIE_PACK.standardAttack(), null,
                new Horde(2, REDUCED_BITE), null, null);
        HitPoints hp = new HitPoints(marked, max);

        assertThat(Adversaries.attackReduced(horde, hp)).isEqualTo(reduced);
        assertThat(Adversaries.attackDamage(horde, hp)).isEqualTo(reduced ? REDUCED_BITE : BITE);
    }

    @Test
    void noOtherTypeReducesItsAttack() {
        AdversaryStatBlock bandit = new AdversaryStatBlock("Jagged Knife Bandit", 1, AdversaryType.STANDARD, 12,
                new DamageThresholds(8, 14), 5, 3, 1, new StandardAttack("Daggers", Range.MELEE,
                new DamageDice(1, 8, 1), Set.of(DamageType.PHYSICAL)), null, null, null, null);

        assertThat(Adversaries.attackReduced(bandit, new HitPoints(4, 5))).isFalse();
        assertThat(Adversaries.attackDamage(bandit, new HitPoints(4, 5))).isEqualTo(new DamageDice(1, 8, 1));
    }

    // SRD Minion (X): "for every X damage ... defeat an additional Minion"; Jagged Knife Lackey: Minion (3)
    @ParameterizedTest(name = "{0} damage, Minion ({1}): {2} more")
    @CsvSource({"0, 3, 0", "1, 3, 0", "2, 3, 0", "3, 3, 1", "5, 3, 1", "6, 3, 2", "7, 3, 2", "9, 3, 3",
            "13, 13, 1", "12, 13, 0"})
    void everyXDamageDefeatsOneMoreMinion(int damage, int minionValue, int more) {
        assertThat(Adversaries.minionsDefeatedByOverflow(damage, minionValue)).isEqualTo(more);
    }

    @Test
    void overflowNeedsDamageAndAMinionValue() {
        assertRefused(() -> Adversaries.minionsDefeatedByOverflow(-1, 3), DAGGERHEART_AMOUNT_NEGATIVE, "damage");
        assertRefused(() -> Adversaries.minionsDefeatedByOverflow(3, 0), ValueRejection.VALUE_OUT_OF_RANGE,
                "minion_value");
    }

    // SRD GM rolls: d20 + ATK against the target's Evasion, a hit at or above it; a natural 20 hits automatically and
    // adds the maximum of the damage dice (the flat bonus is not doubled). Zombie Pack: ATK -1, Bite 1d10+2.
    @ParameterizedTest(name = "d20 {0} -1 vs Evasion {1}, d10 {2}: total {3}, hit {4}, critical {5}, {6} damage")
    @CsvSource({
            "15, 12, 6, 14, true,  false,  8",
            "13, 12, 6, 12, true,  false,  8",
            "12, 12, 6, 11, false, false,  0",
            " 1,  9, 6,  0, false, false,  0",
            "20, 25, 6, 19, true,  true,  18",
            "20, 12, 10, 19, true, true,  22"})
    void anAttackHitsAtOrAboveEvasion(int attackDie, int evasion, int damageDie, int total, boolean hit,
                                      boolean critical, int damage) {
        Adversaries.AttackOutcome outcome = Adversaries.attack(attackDie, -1, evasion, BITE, List.of(damageDie));
        assertThat(outcome).isEqualTo(new Adversaries.AttackOutcome(total, hit, critical, damage));
    }

    @Test
    void aCriticalAddsTheMaximumOfTheDiceNotTheBonus() {
        // SRD's own examples: 2d8+1 becomes 2d8+1+16, 3d6+2 becomes 18+3d6+2
        assertThat(Adversaries.attack(20, 0, 30, new DamageDice(2, 8, 1), List.of(3, 5)).damage())
                .isEqualTo(3 + 5 + 1 + 16);
        assertThat(Adversaries.attack(20, 0, 30, new DamageDice(3, 6, 2), List.of(1, 2, 3)).damage())
                .isEqualTo(18 + 1 + 2 + 3 + 2);
        // flat damage has no dice: a critical adds nothing (Jagged Knife Lackey: 2 phy)
        assertThat(Adversaries.attack(20, -2, 30, DamageDice.flat(2), List.of()).damage()).isEqualTo(2);
    }

    @Test
    void theAttackDieIsAD20() {
        assertRefused(() -> Adversaries.attack(0, 1, 10, BITE, List.of(5)), DAGGERHEART_DIE_OUT_OF_RANGE,
                "attack_die");
        assertRefused(() -> Adversaries.attack(21, 1, 10, BITE, List.of(5)), DAGGERHEART_DIE_OUT_OF_RANGE,
                "attack_die");
        assertRefused(() -> Adversaries.attack(10, 1, 10, BITE, Arrays.asList((Integer) null)),
                ValueRejection.VALUE_REQUIRED, "results[0]");
    }
}
