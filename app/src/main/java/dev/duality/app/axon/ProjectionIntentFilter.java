package dev.duality.app.axon;

import dev.duality.core.catalog.EventDefinition;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.projections.timeline.TimelineProjection;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/** Keeps replay-only and audit-only events away from every projection, whatever handlers exist. */
public final class ProjectionIntentFilter implements MessageHandlerInterceptor<EventMessage<?>> {
    private final MessageCatalog catalog;

    private ProjectionIntentFilter(MessageCatalog catalog) {
        this.catalog = catalog;
    }

    /** The filter for a projection's processor: none for the timeline, which indexes the whole journal. */
    public static MessageHandlerInterceptor<EventMessage<?>> forProjection(MessageCatalog catalog, String projection) {
        return TimelineProjection.GROUP.equals(projection) ? (unitOfWork, chain) -> chain.proceed()
                : new ProjectionIntentFilter(catalog);
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        return projected(catalog, unitOfWork.getMessage()) ? chain.proceed() : null;
    }

    /** Whether projections apply the event (the timeline, which indexes the whole journal, aside). */
    public static boolean projected(MessageCatalog catalog, EventMessage<?> event) {
        return catalog.event(event.getPayloadType()).map(EventDefinition::intent).map(intent -> intent.projected())
                .orElse(true);
    }
}
