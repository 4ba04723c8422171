package dev.duality.sys.daggerheart.adversary;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.system.AggregateLookup;
import dev.duality.core.system.NestedCommands;
import dev.duality.sys.daggerheart.adversary.api.AdversaryDamageApplied;
import dev.duality.sys.daggerheart.adversary.api.AdversaryDamageResult;
import dev.duality.sys.daggerheart.adversary.api.AdversaryId;
import dev.duality.sys.daggerheart.adversary.api.ApplyAdversaryDamage;
import dev.duality.sys.daggerheart.adversary.api.DaggerheartAdversaryId;
import dev.duality.sys.daggerheart.adversary.api.RecordAdversaryDamage;
import dev.duality.sys.daggerheart.rules.Adversaries;
import org.axonframework.commandhandling.CommandHandler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ADVERSARY_NOT_FOUND;
import static dev.duality.sys.daggerheart.adversary.api.ApplyAdversaryDamage.MINIONS_IN_RANGE;

/**
 * Decides one damage to an adversary as one unit: the adversary damaged takes it ({@code adversary_damage.record}),
 * and when it is a minion, every X damage it took (its Minion (X)) defeats one more of the minions in range the
 * command names, in the order given; all in this command's unit of work, so everything commits together or nothing
 * does. Every adversary involved is read (and so locked) in the order of its id before anything is decided, so two
 * decisions on overlapping minions wait for each other instead of deadlocking.
 */
public final class AdversaryDamageDecision {

    @CommandHandler
    public AdversaryDamageResult handle(ApplyAdversaryDamage command, NestedCommands nested, AggregateLookup lookup) {
        Map<AdversaryId, DaggerheartAdversary.Status> involved = new HashMap<>();
        Stream.concat(Stream.of(command.adversaryId()), command.minionsInRange().stream())
                .sorted(Comparator.comparing(adversary -> streamId(command, adversary)))
                .forEach(adversary -> lookup.read(DaggerheartAdversary.class, streamId(command, adversary),
                        DaggerheartAdversary::status).ifPresent(status -> involved.put(adversary, status)));
        DaggerheartAdversary.Status damaged = found(involved, command.adversaryId(), "adversary_id")
                .requireIn(command.sessionId(), "adversary_id");
        List<AdversaryId> inRange = command.minionsInRange();
        if (!inRange.isEmpty()) {
            damaged.requireMinion(MINIONS_IN_RANGE);
            for (int i = 0; i < inRange.size(); i++) {
                String field = MINIONS_IN_RANGE + "[" + i + "]";
                found(involved, inRange.get(i), field).requireIn(command.sessionId(), field).requireMinion(field)
                        .requireStanding(field);
            }
        }

        AdversaryDamageApplied damage = nested.send(new RecordAdversaryDamage(command.campaignId(),
                command.sessionId(), command.adversaryId(), command.amount(), command.damageTypes(),
                command.resistances(), command.immunities(), command.source(), command.rollSeq(), null));
        List<AdversaryDamageApplied> defeated = new ArrayList<>();
        if (!inRange.isEmpty()) {
            int minionValue = damaged.statBlock().minionValue();
            int overflow = Adversaries.minionsDefeatedByOverflow(damage.mitigatedAmount(), minionValue);
            for (AdversaryId minion : inRange.subList(0, Math.min(overflow, inRange.size()))) {
                // each minion the overflow reaches takes X of it, and falls whatever it resists
                defeated.add(nested.send(new RecordAdversaryDamage(command.campaignId(), command.sessionId(), minion,
                        minionValue, command.damageTypes(), null, null, command.source(), command.rollSeq(),
                        command.adversaryId())));
            }
        }
        return new AdversaryDamageResult(damage, defeated);
    }

    private static String streamId(ApplyAdversaryDamage command, AdversaryId adversary) {
        return DaggerheartAdversaryId.of(command.campaignId(), adversary).value();
    }

    private static DaggerheartAdversary.Status found(Map<AdversaryId, DaggerheartAdversary.Status> involved,
                                                     AdversaryId adversary, String field) {
        DaggerheartAdversary.Status status = involved.get(adversary);
        Rejected.unless(status != null, DAGGERHEART_ADVERSARY_NOT_FOUND, field, "no adversary " + adversary);
        return status;
    }
}
