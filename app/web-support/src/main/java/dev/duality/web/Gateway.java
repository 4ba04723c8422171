package dev.duality.web;

import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.rejection.RejectionCode;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.axonframework.messaging.responsetypes.ResponseTypes.multipleInstancesOf;
import static org.axonframework.messaging.responsetypes.ResponseTypes.optionalInstanceOf;

/**
 * The only way HTTP handlers change or read state: commands go through Axon's command gateway with the request's
 * envelope, reads go through the query gateway. Infrastructure exceptions become stable rejection codes here. A game
 * system's command gets its system's id and version from the catalog, so endpoints never build that envelope.
 */
@Component
public class Gateway {
    static final int MAX_ATTEMPTS = 4;
    static final long BACKOFF_MILLIS = 10;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final MessageCatalog catalog;
    private final ReadYourWrites readYourWrites;

    public Gateway(CommandGateway commands, QueryGateway queries, MessageCatalog catalog,
                   ReadYourWrites readYourWrites) {
        this.commands = commands;
        this.queries = queries;
        this.catalog = catalog;
        this.readYourWrites = readYourWrites;
    }

    /** Sends a command as the current request's actor; {@code notFound} is the code if its aggregate does not exist. */
    public <R> R send(Object command, RejectionCode notFound) {
        return send(command, notFound, null);
    }

    /**
     * Sends a command as {@code actor} (null: the current request's actor). A concurrency conflict (another node
     * appended to the same aggregate first) wrote nothing, so the command is decided again on fresh state, a bounded
     * number of times with growing pauses, under the same correlation id. Returns once the read models hold the
     * command's events, so the endpoint's answer (read from them) includes its own write in every apply mode.
     */
    public <R> R send(Object command, RejectionCode notFound, String actor) {
        Map<String, Object> envelope = new HashMap<>(RequestEnvelope.current(actor));
        envelope.putAll(catalog.systemEnvelope(command.getClass()));
        MetaData metaData = MetaData.from(envelope);
        for (int attempt = 1; ; attempt++) {
            try {
                R result = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
                readYourWrites.awaitOwnWrites();
                return result;
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
