package dev.duality.sys.daggerheart.adversary;

import dev.duality.core.action.api.ResolveRoll;
import dev.duality.core.action.api.RollResolved;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.dice.DiceGroup;
import dev.duality.core.dice.DiceSpec;
import dev.duality.core.dice.RolledDie;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.system.AggregateLookup;
import dev.duality.core.system.NestedCommands;
import dev.duality.sys.daggerheart.adversary.api.AdversaryAttackResolved;
import dev.duality.sys.daggerheart.adversary.api.AdversaryAttackResult;
import dev.duality.sys.daggerheart.adversary.api.DaggerheartAdversaryId;
import dev.duality.sys.daggerheart.adversary.api.RecordAdversaryAttack;
import dev.duality.sys.daggerheart.adversary.api.ResolveAdversaryAttack;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterId;
import dev.duality.sys.daggerheart.rules.Adversaries;
import dev.duality.sys.daggerheart.rules.DamageDice;
import dev.duality.sys.daggerheart.rules.StandardAttack;
import org.axonframework.commandhandling.CommandHandler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ADVERSARY_NOT_FOUND;

/**
 * Decides an adversary's standard attack as one unit: the session rolls the d20 together with the damage dice the
 * attack deals now (a horde's reduced damage once half its HP is marked) under its campaign-wide roll number, from
 * its seeded generator or the table's physical dice; then each target's sheet reads the roll against its own Evasion
 * and records the damage it takes. Targets are taken in the order of their sheets' ids, so decisions on overlapping
 * targets lock them in the same order. If anything is refused, nothing is recorded, the roll included.
 */
public final class AdversaryAttackDecision {
    /** The session roll's label. */
    static final ShortCode ADVERSARY_ATTACK = new ShortCode("adversary_attack");

    @CommandHandler
    public AdversaryAttackResult handle(ResolveAdversaryAttack command, NestedCommands nested,
                                        AggregateLookup lookup) {
        DaggerheartAdversary.Status attacker = lookup.read(DaggerheartAdversary.class,
                        DaggerheartAdversaryId.of(command.campaignId(), command.adversaryId()).value(),
                        DaggerheartAdversary::status)
                .orElseThrow(() -> new Rejected(DAGGERHEART_ADVERSARY_NOT_FOUND, "adversary_id",
                        "no adversary " + command.adversaryId()))
                .requireIn(command.sessionId(), "adversary_id").requireStanding("adversary_id");
        StandardAttack attack = attacker.statBlock().standardAttack();
        DamageDice damage = attacker.attackDamage();
        List<DiceGroup> dice = new ArrayList<>(List.of(new DiceGroup(1, Adversaries.ATTACK_DIE_SIDES)));
        damage.dice().ifPresent(dice::add);
        RollResolved rolled = nested.send(new ResolveRoll(command.campaignId(), command.sessionId(), null,
                ADVERSARY_ATTACK, new DiceSpec(dice, 0), command.physicalResults()));
        // dice come back in spec order: the d20, then the damage dice
        List<RolledDie> results = rolled.roll().results();
        List<Integer> damageResults = results.subList(1, results.size()).stream().map(RolledDie::value).toList();
        Map<CharacterId, AdversaryAttackResolved> byTarget = new HashMap<>();
        command.targets().stream()
                .sorted(Comparator.comparing(target -> DaggerheartCharacterId.of(command.campaignId(), target)
                        .value()))
                .forEach(target -> byTarget.put(target, nested.send(new RecordAdversaryAttack(command.campaignId(),
                        target, command.sessionId(), rolled.rollSeq(), command.adversaryId(), attack.name(),
                        results.get(0).value(), attacker.statBlock().attackModifier(), damage, damageResults,
                        attack.damageTypes(), attacker.attackReduced()))));
        return new AdversaryAttackResult(rolled, command.targets().stream().map(byTarget::get).toList());
    }
}
