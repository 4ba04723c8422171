package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;

import java.util.List;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DIE_OUT_OF_RANGE;

/** The rules only adversaries have: hordes, minions, and the GM's d20 attack roll. */
public final class Adversaries {
    /** The GM's attack die. */
    public static final int ATTACK_DIE_SIDES = 20;

    private Adversaries() {
    }

    /**
     * Horde (X): once the horde has marked half or more of its HP, its standard attack deals X instead. (Half or more
     * marked is the same as at most half remaining: 3 of 6, and 3 of 5.)
     */
    public static boolean attackReduced(AdversaryStatBlock statBlock, HitPoints hp) {
        Values.required(statBlock, "stat_block");
        Values.required(hp, "hp");
        return statBlock.type() == AdversaryType.HORDE && 2 * hp.marked() >= hp.max();
    }

    /** What the standard attack deals now: a horde's reduced damage once half its HP is marked, else as written. */
    public static DamageDice attackDamage(AdversaryStatBlock statBlock, HitPoints hp) {
        return attackReduced(statBlock, hp) ? statBlock.horde().reducedDamage() : statBlock.standardAttack().damage();
    }

    /**
     * Minion (X): for every X damage dealt to a minion, one more minion in range (that the attack would hit) is
     * defeated; what is left below X defeats none.
     */
    public static int minionsDefeatedByOverflow(int damage, int minionValue) {
        Checks.notNegative(damage, "damage");
        Values.range(minionValue, 1, AdversaryStatBlock.MAX_MINION_VALUE, "minion_value");
        return damage / minionValue;
    }

    /**
     * What a GM attack roll did to one target.
     *
     * @param total    the d20 plus the attack modifier
     * @param hit      the total reached the target's Evasion, or the d20 showed 20
     * @param critical a natural 20: an automatic hit whose damage adds the dice's maximum
     * @param damage   the damage dealt; 0 on a miss
     */
    public record AttackOutcome(int total, boolean hit, boolean critical, int damage) {
    }

    /**
     * An adversary's attack: d20 + its attack modifier against the target's Evasion, a hit at or above it. A natural
     * 20 always hits and is critical: the damage adds the maximum of its dice. On a hit the damage is the dice rolled
     * plus the bonus; on a miss nothing.
     */
    public static AttackOutcome attack(int attackDie, int attackModifier, int evasion, DamageDice damage,
                                       List<Integer> damageResults) {
        Rejected.unless(attackDie >= 1 && attackDie <= ATTACK_DIE_SIDES, DAGGERHEART_DIE_OUT_OF_RANGE, "attack_die",
                "attack_die must be between 1 and " + ATTACK_DIE_SIDES + ", was " + attackDie);
        Values.required(damage, "damage");
        boolean critical = attackDie == ATTACK_DIE_SIDES;
        int total = attackDie + attackModifier;
        boolean hit = critical || total >= evasion;
        int dealt = damage.total(damageResults, critical);
        return new AttackOutcome(total, hit, critical, hit ? dealt : 0);
    }
}
