package dev.duality.app.axon;

import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.envelope.Envelope;
import dev.duality.core.system.AggregateLookup;
import dev.duality.core.system.NestedCommands;
import dev.duality.core.system.FirstSession;
import dev.duality.core.system.ReadinessBlocker;
import dev.duality.core.system.SessionEnd;
import dev.duality.core.system.SessionReadinessHook;
import dev.duality.core.system.SystemModule;
import dev.duality.core.system.SystemRuntime;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The core's access to game systems while a campaign decides: readiness hooks that read system aggregates, and the
 * first-session bootstrap and the session-end hook, whose system commands run nested in the deciding command's unit of work (so they commit
 * or roll back with it) under the same correlation and actor. Also the {@link AggregateLookup} deciders read other
 * aggregates through (a session reads its campaign and earlier sessions): loaded in the current unit of work, so a
 * campaign already loaded and locked by the command interceptor is that same instance.
 */
public final class AxonSystemRuntime implements SystemRuntime, AggregateLookup, NestedCommands {
    private final MessageCatalog catalog;
    private final Supplier<Configuration> axon;
    private final Supplier<CommandGateway> commands;
    private final Map<String, SessionReadinessHook> hooks;

    public AxonSystemRuntime(MessageCatalog catalog, Supplier<Configuration> axon, Supplier<CommandGateway> commands) {
        this.catalog = catalog;
        this.axon = axon;
        this.commands = commands;
        this.hooks = catalog.systems().stream()
                .collect(Collectors.toMap(SystemModule::systemId, module -> module.sessionReadiness(this)));
    }

    @Override
    public List<ReadinessBlocker> readinessBlockers(String systemId, String campaignId, String characterId) {
        return hooks.get(systemId).blockersFor(campaignId, characterId);
    }

    @Override
    public void bootstrapFirstSession(String systemId, String systemVersion, FirstSession firstSession) {
        catalog.system(systemId).orElseThrow().firstSessionCommands(firstSession).forEach(this::send);
    }

    @Override
    public void endSession(String systemId, String systemVersion, SessionEnd sessionEnd) {
        catalog.system(systemId).orElseThrow().sessionEndCommands(sessionEnd).forEach(this::send);
    }

    /**
     * Sends a command in the current unit of work with the envelope of the command being decided: its correlation,
     * actor and request id, plus the system id and version a game system's command needs (none for a core command).
     * A message made in a unit of work takes that unit's correlation data, which for a game system's command
     * includes its system id and version: a core command sent from a system's decision drops them again.
     */
    @Override
    public <R> R send(Object command) {
        Map<String, String> system = catalog.systemEnvelope(command.getClass());
        MetaData envelope = currentEnvelope().mergedWith(system);
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command).andMetaData(envelope);
        if (system.isEmpty()) {
            message = message.withMetaData(message.getMetaData()
                    .withoutKeys(Set.of(Envelope.SYSTEM_ID, Envelope.SYSTEM_VERSION)));
        }
        return commands.get().sendAndWait(message);
    }

    @Override
    public <A, R> Optional<R> read(Class<A> aggregateType, String aggregateId, Function<A, R> reader) {
        try {
            return Optional.of(axon.get().repository(aggregateType).load(aggregateId).invoke(reader));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The envelope of the command being decided, minus what belongs to that command alone. */
    private static MetaData currentEnvelope() {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get().getMessage() instanceof CommandMessage<?> command)) {
            return MetaData.emptyInstance();
        }
        return command.getMetaData().subset(Envelope.CORRELATION_ID, Envelope.ACTOR_ID, Envelope.REQUEST_ID);
    }
}
