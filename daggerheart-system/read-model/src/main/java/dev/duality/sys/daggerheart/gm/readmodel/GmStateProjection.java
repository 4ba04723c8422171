package dev.duality.sys.daggerheart.gm.readmodel;

import dev.duality.projections.ReadModels;
import dev.duality.sys.daggerheart.gm.api.CampaignSettingsUpdated;
import dev.duality.sys.daggerheart.gm.api.GmFearChanged;
import dev.duality.sys.daggerheart.gm.api.GmStateRestored;
import dev.duality.sys.daggerheart.rest.api.RestTaken;
import dev.duality.sys.daggerheart.gm.readmodel.api.CampaignSettingsView;
import dev.duality.sys.daggerheart.gm.readmodel.api.GmStateQueries.FindCampaignSettings;
import dev.duality.sys.daggerheart.gm.readmodel.api.GmStateQueries.FindGmState;
import dev.duality.sys.daggerheart.gm.readmodel.api.GmStateView;
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
 * Builds and answers the Daggerheart GM state read model: one row per campaign. Handlers are idempotent upserts keyed
 * by campaign id and take the time from the event, so a replay from the start rebuilds the same rows.
 */
@Component
@ProcessingGroup(GmStateProjection.GROUP)
public class GmStateProjection {
    public static final String GROUP = "daggerheart-gm";

    @PersistenceContext
    private EntityManager em;

    @EventHandler
    void on(GmFearChanged event, @Timestamp Instant at) {
        ReadModels.upsert(em, GmStateRow.class, event.campaignId().value(),
                () -> new GmStateRow(event.campaignId().value()), row -> {
            row.gmFear = event.after();
            row.updatedAt = at;
        });
    }

    /** An undo put the Fear and the run of short rests back. */
    @EventHandler
    void on(GmStateRestored event, @Timestamp Instant at) {
        ReadModels.upsert(em, GmStateRow.class, event.campaignId().value(),
                () -> new GmStateRow(event.campaignId().value()), row -> {
            row.gmFear = event.gmFear();
            row.shortRestsInARow = event.shortRestsInARow();
            row.updatedAt = at;
        });
    }

    @EventHandler
    void on(RestTaken event, @Timestamp Instant at) {
        // a rest follows the seed, so the row is there; its Fear comes with the gm_fear_changed that follows
        ReadModels.upsert(em, GmStateRow.class, event.campaignId().value(),
                () -> new GmStateRow(event.campaignId().value()), row -> {
            row.shortRestsInARow = event.shortRestsInARow();
            if (row.updatedAt == null) {
                row.updatedAt = at;
            }
        });
    }

    @EventHandler
    void on(CampaignSettingsUpdated event, @Timestamp Instant at) {
        ReadModels.upsert(em, GmStateRow.class, event.campaignId().value(),
                () -> new GmStateRow(event.campaignId().value()), row -> {
            row.massiveDamage = event.massiveDamage();
            // updatedAt is when the Fear last changed (GmStateView): settings stamp the row only until the seed
            if (row.gmFear == null) {
                row.updatedAt = at;
            }
        });
    }

    @ResetHandler
    void reset() {
        em.createQuery("delete from GmStateRow").executeUpdate();
    }

    @QueryHandler
    public Optional<GmStateView> handle(FindGmState query) {
        return Optional.ofNullable(em.find(GmStateRow.class, query.campaignId())).filter(row -> row.gmFear != null)
                .map(row -> new GmStateView(row.campaignId, row.gmFear, row.updatedAt, row.shortRestsInARow));
    }

    @QueryHandler
    public Optional<CampaignSettingsView> handle(FindCampaignSettings query) {
        return Optional.of(Optional.ofNullable(em.find(GmStateRow.class, query.campaignId()))
                .map(row -> new CampaignSettingsView(row.campaignId, row.massiveDamage))
                .orElseGet(() -> new CampaignSettingsView(query.campaignId(), false)));
    }
}
