package dev.duality.sys.daggerheart.adversary;

import dev.duality.core.campaign.Campaign;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.system.AggregateLookup;
import dev.duality.core.value.Wire;
import dev.duality.sys.daggerheart.adversary.api.AdversaryConditionChanged;
import dev.duality.sys.daggerheart.adversary.api.AdversaryCreated;
import dev.duality.sys.daggerheart.adversary.api.AdversaryDamageApplied;
import dev.duality.sys.daggerheart.adversary.api.AdversaryDeleted;
import dev.duality.sys.daggerheart.adversary.api.AdversaryRevealed;
import dev.duality.sys.daggerheart.adversary.api.RevealAdversary;
import dev.duality.sys.daggerheart.adversary.api.AdversaryId;
import dev.duality.sys.daggerheart.adversary.api.AdversaryUpdated;
import dev.duality.sys.daggerheart.adversary.api.ChangeAdversaryConditions;
import dev.duality.sys.daggerheart.adversary.api.CreateAdversary;
import dev.duality.sys.daggerheart.adversary.api.DaggerheartAdversaryId;
import dev.duality.sys.daggerheart.adversary.api.DeleteAdversary;
import dev.duality.sys.daggerheart.adversary.api.RecordAdversaryDamage;
import dev.duality.sys.daggerheart.adversary.api.UpdateAdversary;
import dev.duality.sys.daggerheart.gm.DaggerheartGmState;
import dev.duality.sys.daggerheart.rules.Adversaries;
import dev.duality.sys.daggerheart.rules.AdversaryStatBlock;
import dev.duality.sys.daggerheart.rules.CharacterResources;
import dev.duality.sys.daggerheart.rules.ConditionSet;
import dev.duality.sys.daggerheart.rules.Conditions;
import dev.duality.sys.daggerheart.rules.Damage;
import dev.duality.sys.daggerheart.rules.DamageDice;
import dev.duality.sys.daggerheart.rules.DamageThresholds;
import dev.duality.sys.daggerheart.rules.HitPoints;
import dev.duality.sys.daggerheart.rules.IncomingDamage;
import dev.duality.sys.daggerheart.rules.StressSlots;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.util.Objects;
import java.util.Set;

import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.markDeleted;

/**
 * One adversary on the table, identified by {@link DaggerheartAdversaryId}
 * ({@code daggerheart:adversary:<campaign>:<adversary>}): its stat block, the HP and Stress it marked, and its
 * conditions. It fights in the session it was created in and takes commands only while that session is active (read
 * from the campaign through the lookup, in the same unit of work). An adversary that marks its last HP is defeated.
 * Command handlers decide with the rules package and record every number in the event; event-sourcing handlers only
 * copy it into state. Deleting it ends its stream: later commands find no adversary.
 */
public class DaggerheartAdversary {
    @AggregateIdentifier
    private DaggerheartAdversaryId id;
    private CampaignId campaignId;
    private SessionId sessionId;
    private AdversaryId adversaryId;
    private AdversaryStatBlock statBlock;
    private HitPoints hp;
    private StressSlots stress;
    private ConditionSet conditions = ConditionSet.NONE;
    /** The table sees the stat block. */
    private boolean revealed;

    /**
     * An adversary as a decision across aggregates reads it, with the checks the decision and this aggregate share.
     */
    public record Status(AdversaryId adversaryId, SessionId sessionId, AdversaryStatBlock statBlock, HitPoints hp) {
        /** Every HP is marked. */
        public boolean defeated() {
            return hp.allMarked();
        }

        /** An adversary of another session is none of this one's: not found, naming {@code field}. */
        public Status requireIn(SessionId session, String field) {
            Rejected.unless(sessionId.equals(session), DAGGERHEART_ADVERSARY_NOT_FOUND, field,
                    "adversary " + adversaryId + " is not in session " + session);
            return this;
        }

        /** A defeated adversary takes no more damage and makes no attack. */
        public Status requireStanding(String field) {
            Rejected.unless(!defeated(), DAGGERHEART_ADVERSARY_DEFEATED, field,
                    "adversary " + adversaryId + " is defeated");
            return this;
        }

        public Status requireMinion(String field) {
            Rejected.unless(statBlock.minion(), DAGGERHEART_NOT_A_MINION, field,
                    "adversary " + adversaryId + " is a " + Wire.name(statBlock.type()) + ", not a minion");
            return this;
        }

        /** Horde (X): its attack deals the reduced damage once half or more of its HP is marked. */
        public boolean attackReduced() {
            return Adversaries.attackReduced(statBlock, hp);
        }

        /** The damage its standard attack deals now. */
        public DamageDice attackDamage() {
            return Adversaries.attackDamage(statBlock, hp);
        }
    }

    protected DaggerheartAdversary() {
        // for Axon's event-sourced loading, and the empty instance CREATE_IF_MISSING hands the creation
    }

    /**
     * Puts the adversary on the table, nothing marked. Created only if missing, so an id already taken is refused here
     * with a code rather than failing on the journal's unique key.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CreateAdversary command, AggregateLookup lookup) {
        Rejected.unless(id == null, DAGGERHEART_ADVERSARY_EXISTS, "adversary_id",
                "adversary " + command.adversaryId() + " already exists");
        requireActive(command.campaignId(), command.sessionId(), lookup);
        apply(new AdversaryCreated(command.campaignId(), command.sessionId(), command.adversaryId(),
                command.statBlock()));
    }

    /**
     * A GM's change: a new stat block and/or the marks. {@code before} values must match; marks not set are kept,
     * cut to a new stat block's slots; a change that changes nothing is refused.
     */
    @CommandHandler
    void handle(UpdateAdversary command, AggregateLookup lookup) {
        requirePlaying(command.sessionId(), lookup);
        UpdateAdversary.Before before = command.before();
        if (before != null) {
            requireBefore(before.hpMarked(), hp.marked(), "before.hp_marked");
            requireBefore(before.stressMarked(), stress.marked(), "before.stress_marked");
        }
        AdversaryStatBlock newStatBlock = Objects.requireNonNullElse(command.statBlock(), statBlock);
        HitPoints newHp = new HitPoints(Objects.requireNonNullElse(command.hpMarked(),
                Math.min(hp.marked(), newStatBlock.hpMax())), newStatBlock.hpMax());
        StressSlots newStress = new StressSlots(Objects.requireNonNullElse(command.stressMarked(),
                Math.min(stress.marked(), newStatBlock.stressMax())), newStatBlock.stressMax());
        Rejected.unless(!newStatBlock.equals(statBlock) || !newHp.equals(hp) || !newStress.equals(stress),
                DAGGERHEART_STATE_UNCHANGED, "the update leaves the adversary as it is");
        apply(new AdversaryUpdated(campaignId, sessionId, adversaryId, newStatBlock, newHp.marked(),
                newStress.marked(), newHp.allMarked()));
    }

    @CommandHandler
    void handle(RevealAdversary command, AggregateLookup lookup) {
        requirePlaying(command.sessionId(), lookup);
        Rejected.unless(!revealed, DAGGERHEART_ADVERSARY_ALREADY_REVEALED, "adversary_id",
                "the table already sees adversary " + adversaryId + "'s stat block");
        apply(new AdversaryRevealed(campaignId, sessionId, adversaryId, statBlock));
    }

    @CommandHandler
    void handle(DeleteAdversary command, AggregateLookup lookup) {
        requirePlaying(command.sessionId(), lookup);
        apply(new AdversaryDeleted(campaignId, sessionId, adversaryId));
    }

    /** The same conditions and the same rules for changing them as a character's. */
    @CommandHandler
    void handle(ChangeAdversaryConditions command, AggregateLookup lookup) {
        requirePlaying(command.sessionId(), lookup);
        Conditions.ConditionDiff diff = Conditions.requireChangeAsStated(conditions, command.conditions(),
                command.added(), command.removed());
        apply(new AdversaryConditionChanged(campaignId, sessionId, adversaryId, command.conditions(), diff.added(),
                diff.removed(), command.source()));
    }

    /**
     * One damage through the pipeline characters use: immunity and resistance, then the thresholds (none for a
     * minion, which any damage defeats) with the campaign's massive damage rule; no Armor Slots. A minion felled by
     * another's overflow falls whatever it resists.
     */
    @CommandHandler
    AdversaryDamageApplied handle(RecordAdversaryDamage command, AggregateLookup lookup) {
        requirePlaying(command.sessionId(), lookup);
        Status status = status().requireStanding("adversary_id");
        boolean overflow = command.minionOverflowFrom() != null;
        if (overflow) {
            status.requireMinion("adversary_id");
        }
        DamageThresholds thresholds = statBlock.thresholds();
        Damage.DamageResult result = Damage.resolve(new IncomingDamage(command.amount(), command.damageTypes(),
                overflow ? Set.of() : command.resistances(), overflow ? Set.of() : command.immunities(), thresholds,
                DaggerheartGmState.playsWithMassiveDamage(lookup, campaignId), false, false, 0));
        CharacterResources.HpMarked marked = CharacterResources.markHp(hp, result.hpMarks());
        AdversaryDamageApplied applied = new AdversaryDamageApplied(campaignId, sessionId, adversaryId,
                command.amount(), command.damageTypes(), result.amount(), result.severityAfterArmor(),
                marked.hpMarked(), result.resisted(), result.immune(), result.massive(),
                thresholds == null ? null : thresholds.major(), thresholds == null ? null : thresholds.severe(),
                marked.hp().marked(), marked.hp().allMarked(), command.minionOverflowFrom(), command.source(),
                command.rollSeq());
        apply(applied);
        // the event is also the answer: the decision reads the damage dealt to count a minion's overflow
        return applied;
    }

    // ---- what decisions read ----

    public Status status() {
        return new Status(adversaryId, sessionId, statBlock, hp);
    }

    /** Refuses play in any session but the campaign's active one. */
    static void requireActive(CampaignId campaignId, SessionId session, AggregateLookup lookup) {
        lookup.read(Campaign.class, campaignId.value(), Campaign::sessions)
                .orElseThrow(() -> new Rejected(CAMPAIGN_NOT_FOUND, "no campaign " + campaignId))
                .requireActive(session);
    }

    private void requirePlaying(SessionId session, AggregateLookup lookup) {
        status().requireIn(session, "adversary_id");
        requireActive(campaignId, session, lookup);
    }

    private static void requireBefore(Integer expected, int actual, String field) {
        Rejected.unless(expected == null || expected == actual, DAGGERHEART_STATE_BEFORE_MISMATCH, field,
                field + " is " + expected + " but the adversary's value is " + actual);
    }

    // ---- folding ----

    @EventSourcingHandler
    void on(AdversaryCreated event) {
        id = DaggerheartAdversaryId.of(event.campaignId(), event.adversaryId());
        campaignId = event.campaignId();
        sessionId = event.sessionId();
        adversaryId = event.adversaryId();
        statBlock = event.statBlock();
        hp = new HitPoints(0, statBlock.hpMax());
        stress = new StressSlots(0, statBlock.stressMax());
    }

    @EventSourcingHandler
    void on(AdversaryUpdated event) {
        statBlock = event.statBlock();
        hp = new HitPoints(event.hpMarked(), statBlock.hpMax());
        stress = new StressSlots(event.stressMarked(), statBlock.stressMax());
    }

    @EventSourcingHandler
    void on(AdversaryDamageApplied event) {
        hp = new HitPoints(event.hpMarked(), hp.max());
    }

    @EventSourcingHandler
    void on(AdversaryConditionChanged event) {
        conditions = event.conditions();
    }

    @EventSourcingHandler
    void on(AdversaryDeleted event) {
        markDeleted();
    }

    @EventSourcingHandler
    void on(AdversaryRevealed event) {
        revealed = true;
    }
}
