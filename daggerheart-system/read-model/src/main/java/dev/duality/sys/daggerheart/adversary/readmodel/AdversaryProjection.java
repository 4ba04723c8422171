package dev.duality.sys.daggerheart.adversary.readmodel;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.duality.core.value.Wire;
import dev.duality.projections.ReadModelJson;
import dev.duality.projections.ReadModels;
import dev.duality.sys.daggerheart.adversary.api.AdversaryAttackResolved;
import dev.duality.sys.daggerheart.adversary.api.AdversaryConditionChanged;
import dev.duality.sys.daggerheart.adversary.api.AdversaryCreated;
import dev.duality.sys.daggerheart.adversary.api.AdversaryDamageApplied;
import dev.duality.sys.daggerheart.adversary.api.AdversaryDeleted;
import dev.duality.sys.daggerheart.adversary.api.AdversaryRevealed;
import dev.duality.sys.daggerheart.adversary.api.AdversaryUpdated;
import dev.duality.sys.daggerheart.adversary.readmodel.api.AdversaryAttackView;
import dev.duality.sys.daggerheart.adversary.readmodel.api.AdversaryQueries.FindAdversary;
import dev.duality.sys.daggerheart.adversary.readmodel.api.AdversaryQueries.ListAdversaries;
import dev.duality.sys.daggerheart.adversary.readmodel.api.AdversaryQueries.ListAdversaryAttacks;
import dev.duality.sys.daggerheart.adversary.readmodel.api.AdversaryView;
import dev.duality.sys.daggerheart.adversary.readmodel.api.AdversaryView.DamageDiceView;
import dev.duality.sys.daggerheart.character.api.DamageApplied;
import dev.duality.sys.daggerheart.rules.Adversaries;
import dev.duality.sys.daggerheart.rules.AdversaryStatBlock;
import dev.duality.sys.daggerheart.rules.ConditionSet;
import dev.duality.sys.daggerheart.rules.DamageDice;
import dev.duality.sys.daggerheart.rules.DamageType;
import dev.duality.sys.daggerheart.rules.HitPoints;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds and answers the Daggerheart adversary read model: the adversaries on the table, and their attack rolls
 * target by target. Every handler copies the values after that the event records and takes its time from the event,
 * so replaying the same events gives the same rows.
 */
@Component
@ProcessingGroup(AdversaryProjection.GROUP)
public class AdversaryProjection {
    public static final String GROUP = "daggerheart-adversaries";
    private static final TypeReference<List<Integer>> NUMBERS = new TypeReference<>() {
    };
    private static final TypeReference<List<DamageType>> DAMAGE_TYPES = new TypeReference<>() {
    };

    @PersistenceContext
    private EntityManager em;

    @EventHandler
    void on(AdversaryCreated event, @Timestamp Instant at) {
        ReadModels.upsert(em, AdversaryRow.class, key(event.campaignId().value(), event.adversaryId().value()),
                () -> new AdversaryRow(event.campaignId().value(), event.adversaryId().value()), row -> {
            row.sessionId = event.sessionId().value();
            statBlock(row, event.statBlock());
            row.hpMarked = 0;
            row.stressMarked = 0;
            row.conditions = ReadModelJson.write(ConditionSet.NONE);
            row.defeated = false;
            row.createdAt = at;
            row.updatedAt = at;
        });
    }

    @EventHandler
    void on(AdversaryUpdated event, @Timestamp Instant at) {
        update(event.campaignId().value(), event.adversaryId().value(), at, row -> {
            statBlock(row, event.statBlock());
            row.hpMarked = event.hpMarked();
            row.stressMarked = event.stressMarked();
            row.defeated = event.defeated();
        });
    }

    @EventHandler
    void on(AdversaryDamageApplied event, @Timestamp Instant at) {
        update(event.campaignId().value(), event.adversaryId().value(), at, row -> {
            row.hpMarked = event.hpMarked();
            row.defeated = event.defeated();
        });
    }

    @EventHandler
    void on(AdversaryConditionChanged event, @Timestamp Instant at) {
        update(event.campaignId().value(), event.adversaryId().value(), at,
                row -> row.conditions = ReadModelJson.write(event.conditions()));
    }

    @EventHandler
    void on(AdversaryRevealed event, @Timestamp Instant at) {
        update(event.campaignId().value(), event.adversaryId().value(), at, row -> row.revealed = true);
    }

    @EventHandler
    void on(AdversaryDeleted event) {
        Optional.ofNullable(em.find(AdversaryRow.class, key(event.campaignId().value(), event.adversaryId().value())))
                .ifPresent(em::remove);
    }

    @EventHandler
    void on(AdversaryAttackResolved event) {
        ReadModels.upsert(em, AdversaryAttackRow.class, new AdversaryAttackRow.Key(event.campaignId().value(),
                        event.rollSeq(), event.characterId().value()),
                () -> new AdversaryAttackRow(event.campaignId().value(), event.rollSeq(),
                        event.characterId().value()), row -> {
            row.sessionId = event.sessionId().value();
            row.adversaryId = event.adversaryId().value();
            row.attackName = event.attackName();
            row.attackDie = event.attackDie();
            row.attackModifier = event.attackModifier();
            row.total = event.total();
            row.evasion = event.evasion();
            row.hit = event.hit();
            row.critical = event.critical();
            row.damageDice = ReadModelJson.write(event.damageDice());
            row.damageResults = ReadModelJson.write(event.damageResults());
            row.damage = event.damage();
            row.damageTypes = ReadModelJson.write(AdversaryView.sorted(event.damageTypes()));
            row.attackReduced = event.attackReduced();
            row.damageApplied = false;
        });
    }

    /** Damage a character took from an adversary's attack roll: that roll's damage to it is applied. */
    @EventHandler
    void on(DamageApplied event) {
        if (event.attackRollSeq() == null) {
            return;
        }
        AdversaryAttackRow row = em.find(AdversaryAttackRow.class, new AdversaryAttackRow.Key(
                event.campaignId().value(), event.attackRollSeq(), event.characterId().value()));
        if (row != null) {
            row.damageApplied = true;
        }
    }

    @ResetHandler
    void reset() {
        em.createQuery("delete from AdversaryRow").executeUpdate();
        em.createQuery("delete from AdversaryAttackRow").executeUpdate();
    }

    @QueryHandler
    public List<AdversaryView> handle(ListAdversaries query) {
        return em.createQuery("select a from AdversaryRow a where a.campaignId = :c and a.sessionId = :s "
                        + "order by a.createdAt, a.adversaryId", AdversaryRow.class)
                .setParameter("c", query.campaignId()).setParameter("s", query.sessionId()).getResultStream()
                .map(AdversaryProjection::view).toList();
    }

    @QueryHandler
    public Optional<AdversaryView> handle(FindAdversary query) {
        return Optional.ofNullable(em.find(AdversaryRow.class, key(query.campaignId(), query.adversaryId())))
                .map(AdversaryProjection::view);
    }

    @QueryHandler
    public List<AdversaryAttackView> handle(ListAdversaryAttacks query) {
        List<AdversaryAttackRow> rows = em.createQuery("select a from AdversaryAttackRow a where a.campaignId = :c "
                        + "and a.adversaryId = :a order by a.rollSeq, a.characterId", AdversaryAttackRow.class)
                .setParameter("c", query.campaignId()).setParameter("a", query.adversaryId()).getResultList();
        Map<Long, List<AdversaryAttackRow>> byRoll = new LinkedHashMap<>();
        rows.forEach(row -> byRoll.computeIfAbsent(row.rollSeq, seq -> new ArrayList<>()).add(row));
        return byRoll.values().stream().map(AdversaryProjection::attackView).toList();
    }

    private static void statBlock(AdversaryRow row, AdversaryStatBlock statBlock) {
        row.name = statBlock.name();
        row.tier = statBlock.tier();
        row.adversaryType = Wire.name(statBlock.type());
        row.statBlock = ReadModelJson.write(statBlock);
        row.hpMax = statBlock.hpMax();
        row.stressMax = statBlock.stressMax();
    }

    private void update(String campaignId, String adversaryId, Instant at, Consumer<AdversaryRow> change) {
        AdversaryRow row = em.find(AdversaryRow.class, key(campaignId, adversaryId));
        if (row != null) {
            change.accept(row);
            row.updatedAt = at;
        }
    }

    private static AdversaryRow.Key key(String campaignId, String adversaryId) {
        return new AdversaryRow.Key(campaignId, adversaryId);
    }

    private static AdversaryView view(AdversaryRow row) {
        AdversaryStatBlock statBlock = ReadModelJson.read(row.statBlock, AdversaryStatBlock.class);
        HitPoints hp = new HitPoints(row.hpMarked, row.hpMax);
        return new AdversaryView(row.adversaryId, row.sessionId, row.name, row.tier, statBlock.type(), row.hpMarked,
                row.hpMax, row.stressMarked, row.stressMax,
                ReadModelJson.read(row.conditions, ConditionSet.class).conditions(), row.defeated,
                Adversaries.attackReduced(statBlock, hp), DamageDiceView.of(Adversaries.attackDamage(statBlock, hp)),
                AdversaryView.AdversaryStatBlockView.of(statBlock), row.revealed, row.createdAt, row.updatedAt);
    }

    private static AdversaryAttackView attackView(List<AdversaryAttackRow> targets) {
        AdversaryAttackRow roll = targets.get(0);
        return new AdversaryAttackView(roll.rollSeq, roll.sessionId, roll.adversaryId, roll.attackName,
                roll.attackDie, roll.attackModifier, roll.total, roll.critical,
                DamageDiceView.of(ReadModelJson.read(roll.damageDice, DamageDice.class)),
                ReadModelJson.read(roll.damageResults, NUMBERS), ReadModelJson.read(roll.damageTypes, DAMAGE_TYPES),
                roll.attackReduced, targets.stream().map(target -> new AdversaryAttackView.AttackTarget(target.characterId,
                        target.evasion, target.hit, target.damage, target.damageApplied)).toList());
    }
}
