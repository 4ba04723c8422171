package dev.duality.sys.daggerheart.roll.readmodel;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.duality.core.value.Wire;
import dev.duality.projections.ReadModelJson;
import dev.duality.projections.ReadModels;
import dev.duality.sys.daggerheart.roll.api.ActionRollResolved;
import dev.duality.sys.daggerheart.roll.api.RollOutcomeApplied;
import dev.duality.sys.daggerheart.roll.readmodel.api.ActionRollQueries.FindActionRoll;
import dev.duality.sys.daggerheart.roll.readmodel.api.ActionRollQueries.ListActionRolls;
import dev.duality.sys.daggerheart.roll.readmodel.api.ActionRollView;
import dev.duality.sys.daggerheart.rules.DualityResult;
import dev.duality.sys.daggerheart.rules.GmMove;
import dev.duality.sys.daggerheart.rules.Trait;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Builds and answers the Daggerheart action roll read model: one row per Duality roll, keyed by its number. */
@Component
@ProcessingGroup(ActionRollProjection.GROUP)
public class ActionRollProjection {
    public static final String GROUP = "daggerheart-rolls";
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
    };

    @PersistenceContext
    private EntityManager em;

    @EventHandler
    void on(ActionRollResolved event, @Timestamp Instant at) {
        ReadModels.upsert(em, ActionRollRow.class, new ActionRollRow.Key(event.campaignId().value(), event.rollSeq()),
                () -> new ActionRollRow(event.campaignId().value(), event.rollSeq()), row -> {
            row.sessionId = event.sessionId().value();
            row.characterId = event.characterId().value();
            row.trait = Wire.name(event.trait());
            row.traitScore = event.traitScore();
            row.experiences = ReadModelJson.write(event.experiences());
            row.experienceBonus = event.experienceBonus();
            row.modifier = event.modifier();
            row.hopeDie = event.hopeDie();
            row.fearDie = event.fearDie();
            row.advantage = event.advantage();
            row.difficulty = event.difficulty();
            row.reaction = event.reaction();
            row.total = event.total();
            row.result = Wire.name(event.result());
            row.hopeGained = event.hopeGained();
            row.stressCleared = event.stressCleared();
            row.fearGained = event.fearGained();
            row.spotlightToGm = event.spotlightToGm();
            row.gmMove = Wire.name(event.gmMove());
            row.effectsIgnored = event.effectsIgnored();
            row.hopeSpent = event.hopeSpent();
            row.rolledAt = at;
        });
    }

    @EventHandler
    void on(RollOutcomeApplied event) {
        ActionRollRow row = em.find(ActionRollRow.class, new ActionRollRow.Key(event.campaignId().value(),
                event.rollSeq()));
        if (row != null) {
            row.outcomeApplied = true;
        }
    }

    @ResetHandler
    void reset() {
        em.createQuery("delete from ActionRollRow").executeUpdate();
    }

    @QueryHandler
    public Optional<ActionRollView> handle(FindActionRoll query) {
        return Optional.ofNullable(em.find(ActionRollRow.class, new ActionRollRow.Key(query.campaignId(),
                query.rollSeq()))).map(ActionRollProjection::view);
    }

    @QueryHandler
    public List<ActionRollView> handle(ListActionRolls query) {
        return em.createQuery("select r from ActionRollRow r where r.campaignId = :c and r.sessionId = :s "
                        + "order by r.rollSeq", ActionRollRow.class)
                .setParameter("c", query.campaignId()).setParameter("s", query.sessionId()).getResultStream()
                .map(ActionRollProjection::view).toList();
    }

    private static ActionRollView view(ActionRollRow row) {
        return new ActionRollView(row.rollSeq, row.sessionId, row.characterId, Wire.parse(Trait.class, row.trait),
                row.traitScore, ReadModelJson.read(row.experiences, NAMES), row.experienceBonus, row.modifier,
                row.hopeDie, row.fearDie, row.advantage, row.difficulty, row.reaction, row.total,
                Wire.parse(DualityResult.class, row.result), row.hopeGained, row.stressCleared, row.fearGained,
                row.spotlightToGm, Wire.parse(GmMove.class, row.gmMove), row.effectsIgnored, row.hopeSpent,
                row.outcomeApplied, row.rolledAt);
    }
}
