package dev.duality.core.envelope;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies the envelope of the command being handled onto every event it causes: correlation, causation (the command's
 * id), actor, the client's request id when given, and the system id and version of system commands.
 */
public final class EnvelopeCorrelationDataProvider implements CorrelationDataProvider {
    private static final List<String> COPIED = List.of(Envelope.ACTOR_ID, Envelope.REQUEST_ID, Envelope.SYSTEM_ID,
            Envelope.SYSTEM_VERSION);

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        Object correlation = message.getMetaData().get(Envelope.CORRELATION_ID);
        data.put(Envelope.CORRELATION_ID, correlation != null ? correlation : message.getIdentifier());
        if (message instanceof CommandMessage<?>) {
            data.put(Envelope.CAUSATION_ID, message.getIdentifier());
        } else if (message.getMetaData().containsKey(Envelope.CAUSATION_ID)) {
            data.put(Envelope.CAUSATION_ID, message.getMetaData().get(Envelope.CAUSATION_ID));
        }
        for (String key : COPIED) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        return data;
    }
}
