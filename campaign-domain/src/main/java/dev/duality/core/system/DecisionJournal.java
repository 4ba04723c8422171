package dev.duality.core.system;

import dev.duality.core.campaign.api.CampaignId;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Read access to the journal itself for a decision that is about earlier decisions (a game system's undo): which
 * events one request recorded, what follows them in their streams, and what an aggregate was before them. Provided by
 * the runtime; handlers take it as a parameter. It reads the journal, never a read model, so it holds in every apply
 * mode.
 */
public interface DecisionJournal {
    /**
     * Every event of the request that recorded {@code eventId} in {@code campaignId} (all share its
     * {@code correlation_id}), in journal order; empty when the campaign has no event with that id.
     */
    List<RecordedEvent> decisionOf(CampaignId campaignId, String eventId);

    /** The first event of the stream {@code aggregateId} after {@code sequenceNumber}, if there is one. */
    Optional<RecordedEvent> next(String aggregateId, long sequenceNumber);

    /**
     * Applies {@code reader} to the aggregate as its stream left it just before {@code sequenceNumber}: folded by its
     * own event-sourcing handlers from the stream's first event, never from a snapshot. Empty when the stream had no
     * event before it.
     */
    <A, R> Optional<R> readBefore(Class<A> aggregateType, String aggregateId, long sequenceNumber,
                                  Function<A, R> reader);

    /**
     * One event as the journal holds it.
     *
     * @param type          its catalog type name (the journal's {@code payload_type})
     * @param correlationId the {@code correlation_id} of the request that recorded it
     * @param payload       its payload, read as recorded (upcast)
     */
    record RecordedEvent(String eventId, String aggregateId, long sequenceNumber, String type, String correlationId,
                         Object payload) {
    }
}
