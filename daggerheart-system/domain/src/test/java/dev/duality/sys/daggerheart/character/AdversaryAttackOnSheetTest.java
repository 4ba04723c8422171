package dev.duality.sys.daggerheart.character;

import dev.duality.core.testing.FakeAggregateLookup;
import dev.duality.core.value.ValueRejection;
import dev.duality.sys.daggerheart.adversary.api.AdversaryAttackResolved;
import dev.duality.sys.daggerheart.adversary.api.AdversaryId;
import dev.duality.sys.daggerheart.adversary.api.RecordAdversaryAttack;
import dev.duality.sys.daggerheart.character.api.ApplyDamage;
import dev.duality.sys.daggerheart.character.api.ApplyMultiTargetDamage;
import dev.duality.sys.daggerheart.character.api.DamageApplied;
import dev.duality.sys.daggerheart.character.api.LifeState;
import dev.duality.sys.daggerheart.rules.ArmorSlotUse;
import dev.duality.sys.daggerheart.rules.DamageDice;
import dev.duality.sys.daggerheart.rules.DamageType;
import dev.duality.sys.daggerheart.rules.Severity;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static dev.duality.core.testing.Rejections.assertRefused;
import static dev.duality.core.testing.Rejections.assertRejected;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ATTACK_DAMAGE_ALREADY_APPLIED;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ATTACK_DAMAGE_GIVEN;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ATTACK_MISSED;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ATTACK_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ATTACK_TARGET_UNCONSCIOUS;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CHARACTER_DEAD;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DIE_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.character.Sheets.CAMPAIGN;
import static dev.duality.sys.daggerheart.character.Sheets.GUARDIAN_EVASION;
import static dev.duality.sys.daggerheart.character.Sheets.HERO;
import static dev.duality.sys.daggerheart.character.Sheets.SESSION;
import static dev.duality.sys.daggerheart.character.Sheets.guardian;
import static dev.duality.sys.daggerheart.character.Sheets.inLeather;
import static dev.duality.sys.daggerheart.character.Sheets.state;

/**
 * {@code adversary_attack.record} and {@code damage.apply} naming the attack roll: an adversary's attack against the
 * level-1 Guardian of {@link Sheets} (Evasion 9; in Leather Armor thresholds 7/14 and 3 Armor Slots). The attacker is
 * the SRD 1.0 Jagged Knife Bandit: ATK +1, Daggers 1d8+1 phy.
 */
class AdversaryAttackOnSheetTest {
    private static final long ROLL = 4L;
    private static final AdversaryId BANDIT = AdversaryId.of("bandit-1");
    private static final DamageDice DAGGERS = new DamageDice(1, 8, 1);
    private static final Set<DamageType> PHYSICAL = Set.of(DamageType.PHYSICAL);

    private final FixtureConfiguration<DaggerheartCharacter> fixture = Sheets.fixture(new FakeAggregateLookup());

    // SRD GM rolls: d20 + ATK against Evasion, a hit at or above it; a natural 20 always hits and adds the dice's
    // maximum (8) to the damage, not the bonus twice
    @ParameterizedTest(name = "d20 {0} + 1 vs Evasion 9, d8 {1}: total {2}, hit {3}, critical {4}, {5} damage")
    @CsvSource({
            " 8, 5,  9, true,  false,  6",
            "15, 8, 16, true,  false,  9",
            " 7, 5,  8, false, false,  0",
            "20, 5, 21, true,  true,  14"})
    void theSheetReadsTheRollAgainstItsOwnEvasion(int attackDie, int damageDie, int total, boolean hit,
                                                  boolean critical, int damage) {
        AdversaryAttackResolved resolved = resolved(attackDie, damageDie, total, hit, critical, damage);
        fixture.given(guardian())
                .when(record(attackDie, damageDie))
                .expectEvents(resolved)
                .expectResultMessagePayload(resolved);
    }

    @Test
    void aDeadCharacterIsNoTarget() {
        assertRefused(fixture.given(guardian(), state(7, 0, 2, 0, LifeState.DEAD)).when(record(15, 5)),
                DAGGERHEART_CHARACTER_DEAD, null);
    }

    @Test
    void anUnconsciousCharacterIsNoTarget() {
        // SRD, Avoid Death: unconscious, "can't be targeted by attacks"
        assertRefused(fixture.given(guardian(), state(7, 0, 2, 0, LifeState.UNCONSCIOUS)).when(record(15, 5)),
                DAGGERHEART_ATTACK_TARGET_UNCONSCIOUS, "targets");
    }

    @Test
    void theAttackDieIsAD20() {
        assertRefused(fixture.given(guardian()).when(record(21, 5)), DAGGERHEART_DIE_OUT_OF_RANGE, "attack_die");
    }

    // --- damage from the attack -------------------------------------------------------------------------------------

    @Test
    void theDamageComesFromTheAttackAndTheCharacterStillChoosesItsArmorSlot() {
        // 15 + 1 = 16 hits; 8 + 1 = 9 damage against Leather 7/14 is Major (2 HP); an Armor Slot makes it Minor: 1 HP
        fixture.given(guardian(), inLeather(), resolved(15, 8, 16, true, false, 9))
                .when(fromAttack(true))
                .expectEvents(new DamageApplied(CAMPAIGN, HERO, 9, PHYSICAL, 9, Severity.MAJOR, Severity.MINOR, 1, 1,
                        ArmorSlotUse.USED, false, false, false, false, 7, 14, 1, 0, 1, false, LifeState.ALIVE,
                        null, null, ROLL));
    }

    @Test
    void anAttackRollNotAgainstThisCharacterIsNoDamageOfItsOwn() {
        assertRefused(fixture.given(guardian(), inLeather()).when(fromAttack(false)),
                DAGGERHEART_ATTACK_NOT_FOUND, "attack_roll_seq");
    }

    @Test
    void aMissDealsNoDamage() {
        assertRefused(fixture.given(guardian(), inLeather(), resolved(7, 5, 8, false, false, 0))
                .when(fromAttack(false)), DAGGERHEART_ATTACK_MISSED, "attack_roll_seq");
    }

    @Test
    void anAttacksDamageIsAppliedOnce() {
        assertRefused(fixture.given(guardian(), inLeather(), resolved(15, 8, 16, true, false, 9),
                        new DamageApplied(CAMPAIGN, HERO, 9, PHYSICAL, 9, Severity.MAJOR, Severity.MAJOR, 2, 0,
                                ArmorSlotUse.NOT_REQUESTED, false, false, false, false, 7, 14, 2, 0, 0, false,
                                LifeState.ALIVE, null, null, ROLL))
                        .when(fromAttack(false)),
                DAGGERHEART_ATTACK_DAMAGE_ALREADY_APPLIED, "attack_roll_seq");
    }

    @Test
    void anAttacksDamageNamesNoAmountTypesOrDamageRollOfItsOwn() {
        assertRejected(() -> new ApplyDamage(CAMPAIGN, HERO, 9, null, null, null, false, false, null, null, ROLL),
                DAGGERHEART_ATTACK_DAMAGE_GIVEN, "amount");
        assertRejected(() -> new ApplyDamage(CAMPAIGN, HERO, null, PHYSICAL, null, null, false, false, null, null,
                ROLL), DAGGERHEART_ATTACK_DAMAGE_GIVEN, "damage_types");
        assertRejected(() -> new ApplyDamage(CAMPAIGN, HERO, null, null, null, null, false, false, null, 3L, ROLL),
                DAGGERHEART_ATTACK_DAMAGE_GIVEN, "roll_seq");
        assertRejected(() -> new ApplyMultiTargetDamage(CAMPAIGN, List.of(new ApplyMultiTargetDamage.Target(HERO,
                        false, null, null)), 9, null, false, null, null, ROLL),
                DAGGERHEART_ATTACK_DAMAGE_GIVEN, "amount");
        // without an attack roll, the amount and types are the damage's own
        assertRejected(() -> new ApplyDamage(CAMPAIGN, HERO, null, PHYSICAL, null, null, false, false, null, null,
                null), ValueRejection.VALUE_REQUIRED, "amount");
        assertRejected(() -> new ApplyDamage(CAMPAIGN, HERO, 9, null, null, null, false, false, null, null, null),
                ValueRejection.VALUE_REQUIRED, "damage_types");
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static RecordAdversaryAttack record(int attackDie, int damageDie) {
        return new RecordAdversaryAttack(CAMPAIGN, HERO, SESSION, ROLL, BANDIT, "Daggers", attackDie, 1, DAGGERS,
                List.of(damageDie), PHYSICAL, false);
    }

    private static AdversaryAttackResolved resolved(int attackDie, int damageDie, int total, boolean hit,
                                                    boolean critical, int damage) {
        return new AdversaryAttackResolved(CAMPAIGN, HERO, SESSION, ROLL, BANDIT, "Daggers", attackDie, 1, total,
                GUARDIAN_EVASION, hit, critical, DAGGERS, List.of(damageDie), damage, PHYSICAL, false);
    }

    private static ApplyDamage fromAttack(boolean markArmorSlot) {
        return new ApplyDamage(CAMPAIGN, HERO, null, null, null, null, false, markArmorSlot, null, null, ROLL);
    }
}
