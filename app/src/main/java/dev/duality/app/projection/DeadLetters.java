package dev.duality.app.projection;

import dev.duality.core.catalog.EventDefinition;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.rejection.Rejected;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jpa.JpaDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The events projections could not apply, parked per projection and sequence: listed with their cause, retried (the
 * whole sequence, in order, once the cause is fixed) or evicted (skipped for good; a replay rebuilds the projection
 * without the gap if the cause is gone).
 */
public class DeadLetters {
    private final Supplier<EventProcessingConfiguration> processing;
    private final Set<String> projections;
    private final TransactionManager transactions;
    private final MessageCatalog catalog;

    public DeadLetters(Supplier<EventProcessingConfiguration> processing, Set<String> projections,
                       TransactionManager transactions, MessageCatalog catalog) {
        this.processing = processing;
        this.projections = projections;
        this.transactions = transactions;
        this.catalog = catalog;
    }

    /** One parked event. */
    public record Letter(String id, String projection, String sequence, long index, String eventType,
                         String eventId, Instant enqueuedAt, Instant lastTouched, String causeType,
                         String causeMessage) {
    }

    /** Every dead letter, or one projection's, by projection, sequence and position in it. */
    public List<Letter> list(String projection) {
        List<Letter> letters = new ArrayList<>();
        for (String group : projection == null ? projections : Set.of(projection)) {
            queue(group).ifPresent(queue -> transactions.executeInTransaction(() ->
                    queue.deadLetters().forEach(sequence -> sequence.forEach(letter ->
                            letters.add(letter(group, letter))))));
        }
        letters.sort(Comparator.comparing(Letter::projection).thenComparing(Letter::sequence)
                .thenComparingLong(Letter::index));
        return letters;
    }

    /** How many events a projection has parked. */
    public long count(String projection) {
        return queue(projection).map(queue -> transactions.fetchInTransaction(queue::size)).orElse(0L);
    }

    /** What a retry did: the letter's projection, and whether every letter of its sequence went through. */
    public record Retried(String projection, boolean applied) {
    }

    /**
     * Applies the letter's sequence again, from its first letter, in order. What still fails stays parked with its new
     * cause.
     */
    public Retried retry(String id) {
        Letter letter = find(id);
        return new Retried(letter.projection(), processing.get().sequencedDeadLetterProcessor(letter.projection())
                .orElseThrow()
                .process(first -> letter.sequence().equals(((JpaDeadLetter<?>) first).getSequenceIdentifier())));
    }

    /** Drops the letter: its event is skipped by the projection for good. */
    public void evict(String id) {
        Letter letter = find(id);
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(letter.projection()).orElseThrow();
        transactions.executeInTransaction(() -> queue.deadLetterSequence(letter.sequence()).forEach(candidate -> {
            if (id.equals(((JpaDeadLetter<?>) candidate).getId())) {
                queue.evict(candidate);
            }
        }));
    }

    private Letter find(String id) {
        return list(null).stream().filter(letter -> letter.id().equals(id)).findFirst()
                .orElseThrow(() -> new Rejected(ProjectionRejection.DEAD_LETTER_NOT_FOUND,
                        "no dead letter has the id " + id));
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String projection) {
        if (!projections.contains(projection)) {
            throw new Rejected(ProjectionRejection.PROJECTION_NOT_FOUND, "no projection is named " + projection);
        }
        return processing.get().deadLetterQueue(projection);
    }

    private Letter letter(String projection, DeadLetter<? extends EventMessage<?>> letter) {
        JpaDeadLetter<?> stored = (JpaDeadLetter<?>) letter;
        EventMessage<?> event = letter.message();
        return new Letter(stored.getId(), projection, stored.getSequenceIdentifier(), stored.getIndex(),
                catalog.event(event.getPayloadType()).map(EventDefinition::type).orElse(event.getPayloadType()
                        .getName()), event.getIdentifier(), letter.enqueuedAt(), letter.lastTouched(),
                letter.cause().map(Cause::type).orElse(null), letter.cause().map(Cause::message).orElse(null));
    }
}
