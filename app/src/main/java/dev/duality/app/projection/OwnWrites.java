package dev.duality.app.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Notes the journal positions (global indexes) of the events the current thread's command appended, once its
 * transaction has committed, so the gateway can wait for exactly those. A rolled-back unit of work notes nothing.
 */
final class OwnWrites implements MessageDispatchInterceptor<EventMessage<?>> {
    private static final String RESOURCE = OwnWrites.class.getName();
    private static final long[] NONE = new long[0];
    private final ThreadLocal<long[]> committed = new ThreadLocal<>();
    private final NamedParameterJdbcTemplate jdbc;

    OwnWrites(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> {
            CurrentUnitOfWork.ifStarted(unitOfWork -> identifiersOf(unitOfWork.root()).add(event.getIdentifier()));
            return event;
        };
    }

    private List<String> identifiersOf(UnitOfWork<?> root) {
        return root.getOrComputeResource(RESOURCE, key -> {
            List<String> identifiers = new ArrayList<>();
            root.afterCommit(done -> committed.set(positionsOf(identifiers)));
            return identifiers;
        });
    }

    private long[] positionsOf(List<String> identifiers) {
        if (identifiers.isEmpty()) {
            return NONE;
        }
        return jdbc.queryForList("select global_index from domain_event_entry where event_identifier in (:ids)",
                Map.of("ids", identifiers), Long.class).stream().mapToLong(Long::longValue).toArray();
    }

    /** The positions the current thread's last committed command appended, forgotten once taken. */
    long[] take() {
        long[] positions = committed.get();
        committed.remove();
        return positions == null ? NONE : positions;
    }
}
