package dev.duality.app.web;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.rejection.RejectionCode;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.axonframework.messaging.responsetypes.ResponseTypes.multipleInstancesOf;
import static org.axonframework.messaging.responsetypes.ResponseTypes.optionalInstanceOf;

/**
 * The only way HTTP handlers change or read state: commands go through Axon's command gateway with the request's
 * envelope, reads go through the query gateway. Infrastructure exceptions become stable rejection codes here.
 */
@Component
public class Gateway {
    static final int MAX_ATTEMPTS = 4;
    static final long BACKOFF_MILLIS = 10;
    private final CommandGateway commands;
    private final QueryGateway queries;

    public Gateway(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** Sends a command as the current request's actor; {@code notFound} is the code if its aggregate does not exist. */
    public <R> R send(Object command, RejectionCode notFound) {
        return send(command, notFound, Map.of(), null);
    }

    /**
     * Sends a command with extra envelope metadata (e.g. system id and version) and, when given, an explicit actor.
     * A concurrency conflict (another node appended to the same aggregate first) wrote nothing, so the command is
     * decided again on fresh state, a bounded number of times with growing pauses, under the same correlation id.
     */
    public <R> R send(Object command, RejectionCode notFound, Map<String, ?> extraMetadata, String actor) {
        MetaData metaData = MetaData.from(RequestEnvelope.current(actor)).mergedWith(extraMetadata);
        for (int attempt = 1; ; attempt++) {
            try {
                return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
            } catch (AggregateNotFoundException e) {
                throw new Rejected(notFound, e.getAggregateIdentifier() + " does not exist");
            } catch (ConcurrencyException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw new Rejected(ApiRejection.CONCURRENT_MODIFICATION, "concurrent changes kept winning; retry");
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(BACKOFF_MILLIS << (attempt - 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Rejected(ApiRejection.CONCURRENT_MODIFICATION, "interrupted while retrying a conflict");
        }
    }

    public <T> Optional<T> find(Object query, Class<T> type) {
        return queries.query(query, optionalInstanceOf(type)).join();
    }

    public <T> T require(Object query, Class<T> type, RejectionCode notFound, String what) {
        return find(query, type).orElseThrow(() -> new Rejected(notFound, what + " does not exist"));
    }

    public <T> List<T> list(Object query, Class<T> type) {
        return queries.query(query, multipleInstancesOf(type)).join();
    }
}
