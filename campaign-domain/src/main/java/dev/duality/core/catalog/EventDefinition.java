package dev.duality.core.catalog;

import java.util.Objects;

/**
 * A registered event type: its namespaced name, payload record and intent.
 *
 * @param type    e.g. {@code campaign.created}; this, not the class name, is stored as the journal's payload type
 * @param payload the Java record applied by the aggregate
 * @param intent  whether the event is folded and/or projected
 */
public record EventDefinition(String type, Class<?> payload, Intent intent) {
    public EventDefinition {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(intent, "intent");
    }

    public static EventDefinition event(String type, Class<?> payload) {
        return new EventDefinition(type, payload, Intent.PROJECTION_AND_REPLAY);
    }

    public static EventDefinition event(String type, Class<?> payload, Intent intent) {
        return new EventDefinition(type, payload, intent);
    }

    public Owner owner() {
        return Owner.ofTypeName(type);
    }
}
