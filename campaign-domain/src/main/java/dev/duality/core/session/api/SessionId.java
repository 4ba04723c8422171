package dev.duality.core.session.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.duality.core.value.Values;

import java.util.UUID;

/** Identifies a session; serialized as a plain string. */
public record SessionId(@JsonValue String value) {
    public SessionId {
        Values.id(value, "session_id");
    }

    @JsonCreator
    public static SessionId of(String value) {
        return new SessionId(value);
    }

    public static SessionId generate() {
        return new SessionId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
