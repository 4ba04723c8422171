package dev.duality.core.campaign.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.duality.core.value.Values;

import java.util.UUID;

/** Identifies a character; serialized as a plain string. */
public record CharacterId(@JsonValue String value) {
    public CharacterId {
        Values.id(value, "character_id");
    }

    @JsonCreator
    public static CharacterId of(String value) {
        return new CharacterId(value);
    }

    public static CharacterId generate() {
        return new CharacterId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
