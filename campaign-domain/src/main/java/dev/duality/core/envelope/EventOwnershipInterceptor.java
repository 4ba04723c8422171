package dev.duality.core.envelope;

import dev.duality.core.catalog.CommandDefinition;
import dev.duality.core.catalog.EventDefinition;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.rejection.Rejected;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The event-side namespace check: every event published while a command runs must be registered and owned by the
 * same module as the command that caused it. A core command cannot emit {@code sys.*} events, nor a system command
 * core or foreign system events. Throwing here fails the command and rolls back its unit of work, so nothing is
 * appended.
 * <p>
 * Axon runs event dispatch interceptors when the root unit of work prepares to commit, so the cause of each event is
 * found by its {@code causation_id}: a command nested in another (a system's first-session bootstrap inside
 * {@code session.start}) is judged by its own type. Register this instance both on the command bus (to note each
 * command) and on the event bus (to check each event).
 */
public final class EventOwnershipInterceptor implements MessageDispatchInterceptor<EventMessage<?>>,
        MessageHandlerInterceptor<CommandMessage<?>> {
    private static final String COMMANDS = EventOwnershipInterceptor.class.getName() + ".commands";
    private final MessageCatalog catalog;

    public EventOwnershipInterceptor(MessageCatalog catalog) {
        this.catalog = catalog;
    }

    /** Notes the command's id and definition for the checks at commit time. */
    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        catalog.command(command.getPayloadType()).ifPresent(definition ->
                commandsOf(unitOfWork).put(command.getIdentifier(), definition));
        return chain.proceed();
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
        CommandDefinition source = causingCommand(event);
        if (source != null && !source.owner().equals(definition.owner())) {
            throw new Rejected(EnvelopeRejection.EVENT_OWNER_MISMATCH, source.type() + " (owned by " + source.owner()
                    + ") may not emit " + definition.type() + " (owned by " + definition.owner() + ")");
        }
    }

    private CommandDefinition causingCommand(EventMessage<?> event) {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        Object causation = event.getMetaData().get(Envelope.CAUSATION_ID);
        CommandDefinition noted = causation == null ? null : commandsOf(unitOfWork).get(causation.toString());
        if (noted != null) {
            return noted;
        }
        // no causation noted (e.g. this interceptor is not on the command bus): judge by the root command
        return unitOfWork.root().getMessage() instanceof CommandMessage<?> root
                ? catalog.command(root.getPayloadType()).orElse(null) : null;
    }

    private static Map<String, CommandDefinition> commandsOf(UnitOfWork<?> unitOfWork) {
        return unitOfWork.root().getOrComputeResource(COMMANDS, key -> new HashMap<>());
    }
}
