package dev.duality.projections.daggerheart;

import dev.duality.projections.daggerheart.api.DaggerheartGmQueries.FindGmState;
import dev.duality.projections.daggerheart.api.GmStateView;
import dev.duality.sys.daggerheart.gm.api.GmFearChanged;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Builds and answers the Daggerheart GM state read model: one row per campaign, created by the first session's Fear
 * seed. Handlers are idempotent upserts keyed by campaign id and take the time from the event, so a replay from the
 * start rebuilds the same rows.
 */
@Component
@ProcessingGroup(DaggerheartGmProjection.GROUP)
public class DaggerheartGmProjection {
    public static final String GROUP = "daggerheart-gm";

    @PersistenceContext
    private EntityManager em;

    @EventHandler
    void on(GmFearChanged event, @Timestamp Instant at) {
        DaggerheartGmStateRow row = em.find(DaggerheartGmStateRow.class, event.campaignId().value());
        boolean isNew = row == null;
        if (isNew) {
            row = new DaggerheartGmStateRow(event.campaignId().value());
        }
        row.gmFear = event.after();
        row.updatedAt = at;
        if (isNew) {
            // persisted only once filled in: Hibernate inserts the state captured at persist()
            em.persist(row);
        }
    }

    @ResetHandler
    void reset() {
        em.createQuery("delete from DaggerheartGmStateRow").executeUpdate();
    }

    @QueryHandler
    public Optional<GmStateView> handle(FindGmState query) {
        return Optional.ofNullable(em.find(DaggerheartGmStateRow.class, query.campaignId()))
                .map(row -> new GmStateView(row.campaignId, row.gmFear, row.updatedAt));
    }
}
