package dev.duality.sys.daggerheart.character;

import dev.duality.core.system.NestedCommands;
import dev.duality.sys.daggerheart.character.api.ApplyDamage;
import dev.duality.sys.daggerheart.character.api.ApplyMultiTargetDamage;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterId;
import dev.duality.sys.daggerheart.character.api.DamageApplied;
import org.axonframework.commandhandling.CommandHandler;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides one damage against several characters as one unit: a {@code damage.apply} per target, nested in this
 * command's unit of work, so every {@code damage_applied} commits in one transaction, or none does when any target is
 * refused. Targets are taken in the order of their sheets' ids, so two decisions on overlapping targets lock them in
 * the same order and wait for each other instead of deadlocking.
 */
public final class MultiTargetDamageDecision {

    /** The damage each target took, in the order the command named the targets. */
    @CommandHandler
    public List<DamageApplied> handle(ApplyMultiTargetDamage command, NestedCommands nested) {
        Map<ApplyMultiTargetDamage.Target, DamageApplied> applied = new HashMap<>();
        command.targets().stream()
                .sorted(Comparator.comparing(target -> DaggerheartCharacterId.of(command.campaignId(),
                        target.characterId()).value()))
                .forEach(target -> applied.put(target, nested.send(new ApplyDamage(command.campaignId(),
                        target.characterId(), command.amount(), command.damageTypes(), target.resistances(),
                        target.immunities(), command.direct(), target.markArmorSlot(), command.source(),
                        command.rollSeq(), command.attackRollSeq()))));
        return command.targets().stream().map(applied::get).toList();
    }
}
