package dev.duality.core.session.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.duality.core.value.Values;

import java.util.UUID;

/** Identifies a gate; serialized as a plain string. */
public record GateId(@JsonValue String value) {
    public GateId {
        Values.id(value, "gate_id");
    }

    @JsonCreator
    public static GateId of(String value) {
        return new GateId(value);
    }

    public static GateId generate() {
        return new GateId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
