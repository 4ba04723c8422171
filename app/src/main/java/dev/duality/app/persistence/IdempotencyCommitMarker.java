package dev.duality.app.persistence;

import dev.duality.core.rejection.Rejected;
import dev.duality.web.ApiRejection;
import dev.duality.web.RequestEnvelope;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Marks a keyed request's claim committed in the very transaction that appends its command's events, with their ids:
 * Axon runs event dispatch interceptors when the root unit of work prepares to commit, inside its transaction and
 * just before the events are stored. So either the events and the mark are both in the database or neither is, and a
 * node that dies after the commit cannot leave a key that a retry would run a second time. If a retry took the key
 * over meanwhile (this attempt's lease ran out), the command is refused and rolls back: one effect per key.
 */
final class IdempotencyCommitMarker implements MessageDispatchInterceptor<EventMessage<?>> {
    private final IdempotencyStore store;

    IdempotencyCommitMarker(IdempotencyStore store) {
        this.store = store;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> events) {
        if (!events.isEmpty() && CurrentUnitOfWork.isStarted()) {
            Object claim = CurrentUnitOfWork.get().root().getMessage().getMetaData()
                    .get(RequestEnvelope.IDEMPOTENCY_CLAIM);
            if (claim != null) {
                mark(claim.toString(), events.stream().map(EventMessage::getIdentifier).toList());
            }
        }
        return (index, event) -> event;
    }

    private void mark(String claim, List<String> eventIds) {
        // outside a transaction the mark could outlive a rolled-back command, or be lost after a committed one
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a keyed command's events are stored outside a transaction");
        }
        Rejected.unless(store.markCommitted(claim, eventIds), ApiRejection.IDEMPOTENCY_KEY_IN_PROGRESS,
                RequestEnvelope.IDEMPOTENCY_HEADER, "a retry with this Idempotency-Key took it over");
    }
}
