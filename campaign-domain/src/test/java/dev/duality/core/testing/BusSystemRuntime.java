package dev.duality.core.testing;

import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.envelope.Envelope;
import dev.duality.core.system.AggregateLookup;
import dev.duality.core.system.FirstSession;
import dev.duality.core.system.ReadinessBlocker;
import dev.duality.core.system.SessionEnd;
import dev.duality.core.system.SystemRuntime;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The game systems as a real Axon configuration sees them, for tests that run the whole command bus: readiness never
 * blocks, and the first-session bootstrap and the session-end hook send the module's {@code firstSessionCommands} and
 * {@code sessionEndCommands} through the command bus,
 * nested in the deciding command's unit of work, with the deciding command's correlation, actor and request id plus
 * the system's {@code system_id} and {@code system_version}; aggregates are read through the configuration's
 * repositories in the current unit of work - as the app's AxonSystemRuntime does.
 */
public final class BusSystemRuntime implements SystemRuntime, AggregateLookup {
    private final MessageCatalog catalog;
    private final Supplier<Configuration> axon;
    private final List<FakeSystemRuntime.Bootstrap> bootstraps = new CopyOnWriteArrayList<>();
    private final List<FakeSystemRuntime.Ending> endings = new CopyOnWriteArrayList<>();

    public BusSystemRuntime(MessageCatalog catalog, Supplier<Configuration> axon) {
        this.catalog = catalog;
        this.axon = axon;
    }

    @Override
    public List<ReadinessBlocker> readinessBlockers(String systemId, String campaignId, String characterId) {
        return List.of();
    }

    @Override
    public void bootstrapFirstSession(String systemId, String systemVersion, FirstSession firstSession) {
        bootstraps.add(new FakeSystemRuntime.Bootstrap(systemId, systemVersion, firstSession));
        sendNested(systemId, systemVersion, catalog.system(systemId).orElseThrow().firstSessionCommands(firstSession));
    }

    @Override
    public void endSession(String systemId, String systemVersion, SessionEnd sessionEnd) {
        endings.add(new FakeSystemRuntime.Ending(systemId, systemVersion, sessionEnd));
        sendNested(systemId, systemVersion, catalog.system(systemId).orElseThrow().sessionEndCommands(sessionEnd));
    }

    private void sendNested(String systemId, String systemVersion, List<Object> commands) {
        MetaData envelope = currentEnvelope().mergedWith(Map.of(Envelope.SYSTEM_ID, systemId,
                Envelope.SYSTEM_VERSION, systemVersion));
        for (Object command : commands) {
            axon.get().commandGateway().sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(envelope));
        }
    }

    @Override
    public <A, R> Optional<R> read(Class<A> aggregateType, String aggregateId, Function<A, R> reader) {
        try {
            return Optional.of(axon.get().repository(aggregateType).load(aggregateId).invoke(reader));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Every bootstrap asked for so far, in order. */
    public List<FakeSystemRuntime.Bootstrap> bootstraps() {
        return List.copyOf(bootstraps);
    }

    /** Every session-end hook call so far, in order. */
    public List<FakeSystemRuntime.Ending> endings() {
        return List.copyOf(endings);
    }

    public void forget() {
        bootstraps.clear();
        endings.clear();
    }

    private static MetaData currentEnvelope() {
        if (!CurrentUnitOfWork.isStarted()
                || !(CurrentUnitOfWork.get().getMessage() instanceof CommandMessage<?> command)) {
            return MetaData.emptyInstance();
        }
        return command.getMetaData().subset(Envelope.CORRELATION_ID, Envelope.ACTOR_ID, Envelope.REQUEST_ID);
    }
}
