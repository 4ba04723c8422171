package dev.duality.sys.daggerheart.countdown.api;

import dev.duality.core.value.Values;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identifies a countdown within its campaign: chosen by the client or generated; serialized as a plain string. */
public record CountdownId(@JsonValue String value) {
    public CountdownId {
        Values.id(value, "countdown_id");
    }

    @JsonCreator
    public static CountdownId of(String value) {
        return new CountdownId(value);
    }

    public static CountdownId generate() {
        return new CountdownId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
