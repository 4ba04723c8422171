package dev.duality.projections.timeline;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.envelope.Envelope;
import dev.duality.core.system.GmOnly;
import dev.duality.projections.campaign.CampaignRow;
import dev.duality.projections.timeline.api.TimelineQueries.ListTimeline;
import dev.duality.projections.timeline.api.TimelineQueries.TimelineEntry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The campaign timeline: an index of the journal, not a model of game state, so it sees every event whatever its
 * intent (rolls and notes included), numbers them per campaign from 1 and keeps a one-line summary of each. Events
 * players may not see ({@link GmOnly}) are kept for GMs: a player's page skips their numbers.
 */
@Component
@ProcessingGroup(TimelineProjection.GROUP)
public class TimelineProjection {
    public static final String GROUP = "timeline";

    private final MessageCatalog catalog;
    @PersistenceContext
    private EntityManager em;

    public TimelineProjection(MessageCatalog catalog) {
        this.catalog = catalog;
    }

    @EventHandler
    void on(EventMessage<?> event) {
        CampaignId campaignId = TimelineSummary.campaignOf(event.getPayload());
        if (campaignId == null || alreadyIndexed(event.getIdentifier())) {
            return;
        }
        // numbering is per campaign: the campaign's row lock serialises concurrent appends across nodes
        em.find(CampaignRow.class, campaignId.value(), LockModeType.PESSIMISTIC_WRITE);
        long next = em.createQuery("select coalesce(max(t.seq), 0) from TimelineEntryRow t where t.campaignId = :c",
                Long.class).setParameter("c", campaignId.value()).getSingleResult() + 1;
        TimelineEntryRow row = new TimelineEntryRow(campaignId.value(), next);
        row.eventId = event.getIdentifier();
        row.eventType = catalog.typeName(event.getPayloadType()).orElse(event.getPayloadType().getName());
        Object actor = event.getMetaData().get(Envelope.ACTOR_ID);
        row.actorId = actor == null ? null : actor.toString();
        row.occurredAt = event.getTimestamp();
        row.summary = TimelineSummary.of(row.eventType, event.getPayload());
        row.gmOnly = event.getPayload() instanceof GmOnly secret && !secret.visibleToPlayers();
        em.persist(row);
    }

    private boolean alreadyIndexed(String eventId) {
        return !em.createQuery("select t.seq from TimelineEntryRow t where t.eventId = :id", Long.class)
                .setParameter("id", eventId).setMaxResults(1).getResultList().isEmpty();
    }

    @ResetHandler
    void reset() {
        em.createQuery("delete from TimelineEntryRow").executeUpdate();
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public List<TimelineEntry> handle(ListTimeline query) {
        return em.createQuery("select t from TimelineEntryRow t where t.campaignId = :c and t.seq > :after "
                        + "and (t.gmOnly = false or :gm = true) order by t.seq", TimelineEntryRow.class)
                .setParameter("c", query.campaignId()).setParameter("after", query.afterSeq())
                .setParameter("gm", query.includeGmOnly())
                .setMaxResults(query.limit())
                .getResultStream()
                .map(t -> new TimelineEntry(t.seq, t.eventType, t.actorId, t.occurredAt, t.summary)).toList();
    }
}
