package dev.duality.core.envelope;

import dev.duality.core.catalog.CommandDefinition;
import dev.duality.core.catalog.EventDefinition;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.rejection.Rejected;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.List;
import java.util.function.BiFunction;

/**
 * The event-side namespace check: every event published while a command runs must be registered and owned by the
 * same module as that command. A core command cannot emit {@code sys.*} events, nor a system command core or foreign
 * system events. Throwing here fails the command and rolls back its unit of work, so nothing is appended.
 */
public final class EventOwnershipInterceptor implements MessageDispatchInterceptor<EventMessage<?>> {
    private final MessageCatalog catalog;

    public EventOwnershipInterceptor(MessageCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> {
            check(event);
            return event;
        };
    }

    private void check(EventMessage<?> event) {
        EventDefinition definition = catalog.event(event.getPayloadType()).orElseThrow(() -> new Rejected(
                EnvelopeRejection.EVENT_TYPE_UNREGISTERED,
                "event payload " + event.getPayloadType().getSimpleName() + " is not in the message catalog"));
        CommandMessage<?> command = rootCommand();
        if (command == null) {
            return;
        }
        CommandDefinition source = catalog.command(command.getPayloadType()).orElse(null);
        if (source != null && !source.owner().equals(definition.owner())) {
            throw new Rejected(EnvelopeRejection.EVENT_OWNER_MISMATCH, source.type() + " (owned by " + source.owner()
                    + ") may not emit " + definition.type() + " (owned by " + definition.owner() + ")");
        }
    }

    private static CommandMessage<?> rootCommand() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getMessage() instanceof CommandMessage<?> command ? command : null;
    }
}
