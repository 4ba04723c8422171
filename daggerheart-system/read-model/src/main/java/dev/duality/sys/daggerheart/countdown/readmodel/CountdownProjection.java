package dev.duality.sys.daggerheart.countdown.readmodel;

import dev.duality.core.value.Wire;
import dev.duality.projections.ReadModels;
import dev.duality.sys.daggerheart.countdown.api.CountdownAdvanced;
import dev.duality.sys.daggerheart.countdown.api.CountdownRestored;
import dev.duality.sys.daggerheart.countdown.api.CountdownCreated;
import dev.duality.sys.daggerheart.countdown.api.CountdownDeleted;
import dev.duality.sys.daggerheart.countdown.api.CountdownTriggerResolved;
import dev.duality.sys.daggerheart.countdown.api.CountdownUpdated;
import dev.duality.sys.daggerheart.countdown.readmodel.api.CountdownQueries.FindCountdown;
import dev.duality.sys.daggerheart.countdown.readmodel.api.CountdownQueries.ListCountdowns;
import dev.duality.sys.daggerheart.countdown.readmodel.api.CountdownStatus;
import dev.duality.sys.daggerheart.countdown.readmodel.api.CountdownView;
import dev.duality.sys.daggerheart.rules.CountdownLoop;
import dev.duality.sys.daggerheart.rules.CountdownPolicy;
import dev.duality.sys.daggerheart.rules.CountdownTone;
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
import java.util.function.Consumer;

/**
 * Builds and answers the Daggerheart countdown read model: one row per countdown, keyed by campaign and countdown id.
 * Handlers copy what the events say (the aggregate decided every number) and take the time from the event, so a
 * replay from the start rebuilds the same rows. Who may see which countdown is the endpoint's business: queries answer
 * hidden countdowns too.
 */
@Component
@ProcessingGroup(CountdownProjection.GROUP)
public class CountdownProjection {
    public static final String GROUP = "daggerheart-countdowns";

    @PersistenceContext
    private EntityManager em;

    @EventHandler
    void on(CountdownCreated event, @Timestamp Instant at) {
        ReadModels.upsert(em, CountdownRow.class, key(event.campaignId().value(), event.countdownId().value()),
                () -> new CountdownRow(event.campaignId().value(), event.countdownId().value()), row -> {
            row.name = event.name().value();
            row.tone = Wire.name(event.tone());
            row.policy = Wire.name(event.policy());
            row.startingValue = event.startingValue();
            row.remaining = event.remaining();
            row.loop = Wire.name(event.loop());
            row.visibleToPlayers = event.visibleToPlayers();
            row.status = Wire.name(CountdownStatus.ACTIVE);
            row.createdAt = at;
            row.updatedAt = at;
        });
    }

    @EventHandler
    void on(CountdownUpdated event, @Timestamp Instant at) {
        update(event.campaignId().value(), event.countdownId().value(), at, row -> {
            row.name = event.name().value();
            row.visibleToPlayers = event.visibleToPlayers();
        });
    }

    @EventHandler
    void on(CountdownAdvanced event, @Timestamp Instant at) {
        update(event.campaignId().value(), event.countdownId().value(), at, row -> {
            row.remaining = event.remainingAfter();
            row.status = Wire.name(event.triggered() ? CountdownStatus.TRIGGER_PENDING : CountdownStatus.ACTIVE);
        });
    }

    /** An undo put the countdown back: what remained, and whether its trigger was pending. */
    @EventHandler
    void on(CountdownRestored event, @Timestamp Instant at) {
        update(event.campaignId().value(), event.countdownId().value(), at, row -> {
            row.remaining = event.remaining();
            row.status = Wire.name(event.triggerPending() ? CountdownStatus.TRIGGER_PENDING
                    : event.remaining() == 0 ? CountdownStatus.FINISHED : CountdownStatus.ACTIVE);
        });
    }

    @EventHandler
    void on(CountdownTriggerResolved event, @Timestamp Instant at) {
        update(event.campaignId().value(), event.countdownId().value(), at, row -> {
            row.startingValue = event.startingValue();
            row.remaining = event.remaining();
            row.status = Wire.name(event.finished() ? CountdownStatus.FINISHED : CountdownStatus.ACTIVE);
        });
    }

    @EventHandler
    void on(CountdownDeleted event) {
        Optional.ofNullable(em.find(CountdownRow.class, key(event.campaignId().value(),
                event.countdownId().value()))).ifPresent(em::remove);
    }

    @ResetHandler
    void reset() {
        em.createQuery("delete from CountdownRow").executeUpdate();
    }

    @QueryHandler
    public List<CountdownView> handle(ListCountdowns query) {
        return em.createQuery("select c from CountdownRow c where c.campaignId = :c order by c.createdAt, "
                        + "c.countdownId", CountdownRow.class)
                .setParameter("c", query.campaignId()).getResultStream().map(CountdownProjection::view).toList();
    }

    @QueryHandler
    public Optional<CountdownView> handle(FindCountdown query) {
        return Optional.ofNullable(em.find(CountdownRow.class, key(query.campaignId(), query.countdownId())))
                .map(CountdownProjection::view);
    }

    /** A change to a countdown the table has; one it does not have (deleted since) stays deleted. */
    private void update(String campaignId, String countdownId, Instant at, Consumer<CountdownRow> change) {
        CountdownRow row = em.find(CountdownRow.class, key(campaignId, countdownId));
        if (row != null) {
            change.accept(row);
            row.updatedAt = at;
        }
    }

    private static CountdownRow.Key key(String campaignId, String countdownId) {
        return new CountdownRow.Key(campaignId, countdownId);
    }

    private static CountdownView view(CountdownRow row) {
        return new CountdownView(row.countdownId, row.name, Wire.parse(CountdownTone.class, row.tone),
                Wire.parse(CountdownPolicy.class, row.policy), row.startingValue, row.remaining,
                Wire.parse(CountdownLoop.class, row.loop), row.visibleToPlayers,
                Wire.parse(CountdownStatus.class, row.status), row.createdAt, row.updatedAt);
    }
}
