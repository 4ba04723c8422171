package dev.duality.app.projection;

import jakarta.persistence.EntityManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Writes each event's read-model changes before the next event of a batch is applied, so a batch commits what one
 * transaction per event would have: Hibernate otherwise orders a flush by kind (every insert, then every update, then
 * every delete), and a unique key could then see the rows of a later event before those of an earlier one (the next
 * session inserted as active before the last one was updated as ended, a countdown created again before its deleted
 * namesake is gone). Without it, a rebuild with a larger batch size could fail where the live build did not.
 */
final class EventByEventFlush implements MessageHandlerInterceptor<EventMessage<?>> {
    private final EntityManager em;

    /** @param em the shared, transaction-bound entity manager the projections write with */
    EventByEventFlush(EntityManager em) {
        this.em = em;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        if (em.isJoinedToTransaction()) {
            em.flush();
        }
        return result;
    }
}
