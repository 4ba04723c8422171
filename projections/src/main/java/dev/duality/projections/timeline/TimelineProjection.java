package dev.duality.projections.timeline;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.EventCampaign;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.envelope.Envelope;
import dev.duality.core.system.GmOnly;
import dev.duality.projections.timeline.api.TimelineQueries.ListTimeline;
import dev.duality.projections.timeline.api.TimelineQueries.TimelineEntry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The campaign timeline: an index of the journal, not a model of game state, so it sees every event whatever its
 * intent (rolls and notes included), numbers them per campaign from 1 and keeps a one-line summary of each. Events
 * players may not see ({@link GmOnly}) are kept for GMs: a player's page skips their numbers.
 *
 * <p>An entry's {@code seq} is its event's rank among the campaign's events in journal order (global index), so it is
 * the same in a live build and in every rebuild, whatever the apply mode, batch size or segment count, and never
 * changes once shown. Numbering each entry after the campaign's last one gives exactly that rank because this handler
 * sees a campaign's events one at a time and in journal order: inline, in the transaction of the command that appended
 * them, and every command of a campaign holds the campaign's lock until it has committed (so a campaign's journal
 * order is its commit order, and no two of its commands number at once); async, because streaming processors keep all
 * of a campaign's events, whichever aggregate's stream they are in, in one sequence (AxonWiring's sequencing policy),
 * which one thread handles in journal order. The key (campaign, seq) refuses a duplicate number outright; each entry
 * keeps its event's journal position, and one that would be numbered out of journal order is logged.
 */
@Component
@ProcessingGroup(TimelineProjection.GROUP)
public class TimelineProjection {
    public static final String GROUP = "timeline";
    private static final Logger LOG = LoggerFactory.getLogger(TimelineProjection.class);

    private final MessageCatalog catalog;
    @PersistenceContext
    private EntityManager em;

    public TimelineProjection(MessageCatalog catalog) {
        this.catalog = catalog;
    }

    @EventHandler
    void on(EventMessage<?> event) {
        CampaignId campaignId = EventCampaign.of(event.getPayload()).orElse(null);
        if (campaignId == null) {
            return;
        }
        // one round trip: whether the event has its entry already, its journal position (inline, the command's own
        // transaction has appended it, so it is found there too) and the campaign's last entry
        Object[] found = (Object[]) em.createNativeQuery("""
                        select exists (select 1 from timeline_entries where event_id = ?1),
                               (select global_index from domain_event_entry where event_identifier = ?1),
                               last.seq, last.journal_position
                        from (select 1) one left join lateral (select seq, journal_position from timeline_entries
                              where campaign_id = ?2 order by seq desc limit 1) last on true""")
                .setParameter(1, event.getIdentifier()).setParameter(2, campaignId.value()).getSingleResult();
        if ((Boolean) found[0]) {
            return;
        }
        if (found[1] == null) {
            throw new IllegalStateException("event " + event.getIdentifier() + " is not in the journal");
        }
        long position = ((Number) found[1]).longValue();
        long next = found[2] == null ? 1 : ((Number) found[2]).longValue() + 1;
        if (found[3] != null && ((Number) found[3]).longValue() > position) {
            // cannot happen while a campaign's commands commit one after another; a rebuild would number it earlier
            LOG.error("timeline of campaign {}: event {} at journal position {} comes after position {}; numbered {}",
                    campaignId, event.getIdentifier(), position, found[3], next);
        }
        TimelineEntryRow row = new TimelineEntryRow(campaignId.value(), next);
        row.journalPosition = position;
        row.eventId = event.getIdentifier();
        row.eventType = catalog.typeName(event.getPayloadType()).orElse(event.getPayloadType().getName());
        Object actor = event.getMetaData().get(Envelope.ACTOR_ID);
        row.actorId = actor == null ? null : actor.toString();
        row.occurredAt = event.getTimestamp();
        row.summary = TimelineSummary.of(row.eventType, event.getPayload());
        if (event.getPayload() instanceof GmOnly secret && !secret.visibleToPlayers()) {
            Record shown = secret.forPlayers();
            row.gmOnly = shown == null;
            row.playerSummary = shown == null ? null : TimelineSummary.of(row.eventType, shown);
        }
        em.persist(row);
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
                .map(t -> new TimelineEntry(t.seq, t.eventType, t.actorId, t.occurredAt,
                        query.includeGmOnly() || t.playerSummary == null ? t.summary : t.playerSummary, t.eventId))
                .toList();
    }
}
