package dev.duality.app.projection;

import dev.duality.app.persistence.DryRun;
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
 * Notes the events the current thread's command appended and their journal positions (global indexes), read in its
 * transaction and kept once it has committed, so the gateway can wait for exactly those. A rolled-back unit of work
 * and a dry run note nothing.
 */
final class OwnWrites implements MessageDispatchInterceptor<EventMessage<?>> {
    private static final String RESOURCE = OwnWrites.class.getName();
    private static final List<Write> NONE = List.of();
    private final ThreadLocal<List<Write>> committed = new ThreadLocal<>();
    private final NamedParameterJdbcTemplate jdbc;

    OwnWrites(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> {
            // a dry run's events are rolled back: no processor will ever apply them, so there is nothing to wait for
            if (!DryRun.active()) {
                CurrentUnitOfWork.ifStarted(unitOfWork -> eventsOf(unitOfWork.root()).add(event));
            }
            return event;
        };
    }

    /** An event the command appended, at its position in the journal. */
    record Write(long position, EventMessage<?> event) {
    }

    private List<EventMessage<?>> eventsOf(UnitOfWork<?> root) {
        return root.getOrComputeResource(RESOURCE, key -> {
            List<EventMessage<?>> events = new ArrayList<>();
            // the positions are read in the command's own transaction, just before it commits (commit handlers run
            // last-registered first, the transaction's own commit last): after the commit the unit of work still
            // holds its aggregates' locks until cleanup, and a second connection asked for then could wait for one
            // held by a command of the same campaign that waits for those locks (async mode, pool exhausted: S7)
            List<Write> positions = new ArrayList<>();
            root.onCommit(committing -> positions.addAll(writesOf(events)));
            root.afterCommit(done -> committed.set(List.copyOf(positions)));
            return events;
        });
    }

    private List<Write> writesOf(List<EventMessage<?>> events) {
        if (events.isEmpty()) {
            return NONE;
        }
        Map<String, EventMessage<?>> byId = new java.util.HashMap<>();
        events.forEach(event -> byId.put(event.getIdentifier(), event));
        return jdbc.query("select event_identifier, global_index from domain_event_entry "
                        + "where event_identifier in (:ids)", Map.of("ids", byId.keySet()),
                (row, n) -> new Write(row.getLong(2), byId.get(row.getString(1))));
    }

    /** What the current thread's last committed command appended, forgotten once taken. */
    List<Write> take() {
        List<Write> writes = committed.get();
        committed.remove();
        return writes == null ? NONE : writes;
    }
}
