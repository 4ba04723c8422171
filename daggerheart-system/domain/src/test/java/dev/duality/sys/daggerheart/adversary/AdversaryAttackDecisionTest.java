package dev.duality.sys.daggerheart.adversary;

import dev.duality.core.testing.RecordingNestedCommands;
import dev.duality.core.action.api.ResolveRoll;
import dev.duality.core.action.api.RollResolved;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.dice.Dice;
import dev.duality.core.dice.DiceGroup;
import dev.duality.core.dice.DiceSpec;
import dev.duality.core.testing.FakeAggregateLookup;
import dev.duality.core.value.ValueRejection;
import dev.duality.sys.daggerheart.adversary.api.AdversaryAttackResolved;
import dev.duality.sys.daggerheart.adversary.api.AdversaryAttackResult;
import dev.duality.sys.daggerheart.adversary.api.AdversaryDamageApplied;
import dev.duality.sys.daggerheart.adversary.api.AdversaryId;
import dev.duality.sys.daggerheart.adversary.api.RecordAdversaryAttack;
import dev.duality.sys.daggerheart.adversary.api.ResolveAdversaryAttack;
import dev.duality.sys.daggerheart.rules.DamageDice;
import dev.duality.sys.daggerheart.rules.DamageType;
import dev.duality.sys.daggerheart.rules.Severity;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static dev.duality.core.testing.Rejections.assertRejected;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ADVERSARY_DEFEATED;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ADVERSARY_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_TARGET_DUPLICATE;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.BANDIT;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.CAMPAIGN;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.LACKEY;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.LATER;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.PACK;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.SESSION;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.bandit;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.onTable;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.lackey;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.zombiePack;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code adversary_attack.resolve}, the decision: the session rolls the d20 with the damage dice the attack deals now,
 * and each target's sheet reads the roll ({@code adversary_attack.record}, tested with the sheet). SRD 1.0 stat
 * blocks: Zombie Pack, ATK -1, Bite 1d10+2 phy, Horde (1d4+2) once half its 6 HP is marked; Jagged Knife Lackey,
 * ATK -2, Daggers 2 phy (flat: no damage die); Jagged Knife Bandit, ATK +1, Daggers 1d8+1 phy.
 */
class AdversaryAttackDecisionTest {
    private static final CharacterId SABLE = CharacterId.of("sable");
    private static final CharacterId MARLOWE = CharacterId.of("marlowe");
    private static final long ROLL = 4L;
    private static final Set<DamageType> PHYSICAL = Set.of(DamageType.PHYSICAL);

    private final FakeAggregateLookup lookup = new FakeAggregateLookup();
    private final RecordingNestedCommands nested = new RecordingNestedCommands(command -> {
        if (command instanceof ResolveRoll roll) {
            return new RollResolved(roll.campaignId(), roll.sessionId(), ROLL, null, roll.label(),
                    roll.physicalResults() == null ? Dice.roll(roll.dice(), 42L)
                            : Dice.physical(roll.dice(), roll.physicalResults()));
        }
        RecordAdversaryAttack record = (RecordAdversaryAttack) command;
        return new AdversaryAttackResolved(CAMPAIGN, record.characterId(), SESSION, record.rollSeq(),
                record.adversaryId(), record.attackName(), record.attackDie(), record.attackModifier(), 0, 12, false,
                false, record.damageDice(), record.damageResults(), 0, record.damageTypes(), record.attackReduced());
    });

    @Test
    void theSessionRollsTheD20WithTheDamageDiceAndEachTargetReadsIt() {
        onTable(lookup, PACK, zombiePack());

        AdversaryAttackResult result = decide(attack(PACK, List.of(15, 6), SABLE));

        assertThat(nested.sent()).containsExactly(
                new ResolveRoll(CAMPAIGN, SESSION, null, ShortCode.of("adversary_attack", "label"),
                        DiceSpec.of(0, new DiceGroup(1, 20), new DiceGroup(1, 10)), List.of(15, 6)),
                new RecordAdversaryAttack(CAMPAIGN, SABLE, SESSION, ROLL, PACK, "Bite", 15, -1,
                        new DamageDice(1, 10, 2), List.of(6), PHYSICAL, false));
        assertThat(result.roll().rollSeq()).isEqualTo(ROLL);
        assertThat(result.targets()).extracting(AdversaryAttackResolved::characterId).containsExactly(SABLE);
    }

    // SRD Horde (1d4+2): with half or more of its HP marked (3 of 6), the Zombie Pack's Bite deals 1d4+2
    @Test
    void aHordeWithHalfItsHpMarkedAttacksForItsReducedDamage() {
        onTable(lookup, PACK, zombiePack(), new AdversaryDamageApplied(CAMPAIGN, SESSION, PACK, 13, PHYSICAL, 13,
                Severity.SEVERE, 3, false, false, false, 6, 12, 3, false, null, null, null));

        decide(attack(PACK, List.of(13, 3), SABLE));

        assertThat(nested.sent()).containsExactly(
                new ResolveRoll(CAMPAIGN, SESSION, null, ShortCode.of("adversary_attack", "label"),
                        DiceSpec.of(0, new DiceGroup(1, 20), new DiceGroup(1, 4)), List.of(13, 3)),
                new RecordAdversaryAttack(CAMPAIGN, SABLE, SESSION, ROLL, PACK, "Bite", 13, -1,
                        new DamageDice(1, 4, 2), List.of(3), PHYSICAL, true));
    }

    @Test
    void flatDamageRollsTheD20Alone() {
        onTable(lookup, LACKEY, lackey());

        decide(attack(LACKEY, List.of(19), SABLE));

        assertThat(nested.sent()).containsExactly(
                new ResolveRoll(CAMPAIGN, SESSION, null, ShortCode.of("adversary_attack", "label"),
                        DiceSpec.of(0, new DiceGroup(1, 20)), List.of(19)),
                new RecordAdversaryAttack(CAMPAIGN, SABLE, SESSION, ROLL, LACKEY, "Daggers", 19, -2,
                        DamageDice.flat(2), List.of(), PHYSICAL, false));
    }

    @Test
    void oneRollAgainstSeveralTargetsLocksThemInTheOrderOfTheirSheets() {
        // SRD: attacking several targets is one roll, compared with each target's Evasion
        onTable(lookup, BANDIT, bandit());

        AdversaryAttackResult result = decide(attack(BANDIT, List.of(11, 5), SABLE, MARLOWE));

        assertThat(nested.sent()).hasSize(3);
        assertThat(nested.sent().subList(1, 3)).extracting(c -> ((RecordAdversaryAttack) c).characterId())
                .containsExactly(MARLOWE, SABLE);
        assertThat(result.targets()).extracting(AdversaryAttackResolved::characterId)
                .containsExactly(SABLE, MARLOWE);
    }

    @Test
    void serverDiceAreTheSessionsToRoll() {
        onTable(lookup, BANDIT, bandit());

        decide(attack(BANDIT, null, SABLE));

        assertThat(((ResolveRoll) nested.sent().get(0)).physicalResults()).isNull();
    }

    // --- refusals: nothing is rolled -------------------------------------------------------------------------------

    @Test
    void onlyAStandingAdversaryOfTheSessionAttacks() {
        onTable(lookup, LACKEY, lackey(), new AdversaryDamageApplied(CAMPAIGN, SESSION, LACKEY, 1, PHYSICAL, 1,
                Severity.MINOR, 1, false, false, false, null, null, 1, true, null, null, null));
        onTable(lookup, BANDIT, bandit());

        refused(attack(PACK, List.of(15, 6), SABLE), DAGGERHEART_ADVERSARY_NOT_FOUND, "adversary_id");
        refused(attack(LACKEY, List.of(15), SABLE), DAGGERHEART_ADVERSARY_DEFEATED, "adversary_id");
        refused(new ResolveAdversaryAttack(CAMPAIGN, LATER, BANDIT, List.of(SABLE), List.of(15, 6)),
                DAGGERHEART_ADVERSARY_NOT_FOUND, "adversary_id");
    }

    @Test
    void theTargetsAreOneToTwentyCharactersEachNamedOnce() {
        assertRejected(() -> attack(BANDIT, null, SABLE, MARLOWE, SABLE), DAGGERHEART_TARGET_DUPLICATE,
                "targets[2]");
        assertRejected(() -> attack(BANDIT, null), ValueRejection.VALUE_OUT_OF_RANGE, "targets");
        CharacterId[] many = IntStream.rangeClosed(1, 21).mapToObj(i -> CharacterId.of("pc-" + i))
                .toArray(CharacterId[]::new);
        assertRejected(() -> attack(BANDIT, null, many), ValueRejection.VALUE_OUT_OF_RANGE, "targets");
        assertRejected(() -> new ResolveAdversaryAttack(CAMPAIGN, SESSION, BANDIT, Arrays.asList(SABLE, null), null),
                ValueRejection.VALUE_REQUIRED, "targets[1]");
        assertRejected(() -> new ResolveAdversaryAttack(CAMPAIGN, SESSION, BANDIT, List.of(SABLE),
                Arrays.asList(15, null)), ValueRejection.VALUE_REQUIRED, "physical_results[1]");
    }

    // --- helpers --------------------------------------------------------------------------------------------------


    private AdversaryAttackResult decide(ResolveAdversaryAttack command) {
        return new AdversaryAttackDecision().handle(command, nested, lookup);
    }

    private void refused(ResolveAdversaryAttack command, dev.duality.core.rejection.RejectionCode code,
                         String field) {
        assertRejected(() -> decide(command), code, field);
        assertThat(nested.sent()).as("nothing is rolled once the attacker is refused").isEmpty();
    }

    private static ResolveAdversaryAttack attack(AdversaryId adversary, List<Integer> physical,
                                                 CharacterId... targets) {
        return new ResolveAdversaryAttack(CAMPAIGN, SESSION, adversary, List.of(targets), physical);
    }
}
