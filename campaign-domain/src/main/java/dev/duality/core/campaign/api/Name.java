package dev.duality.core.campaign.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.duality.core.value.Values;

/** A display name of a campaign, participant or character: 1-100 characters on one line, trimmed. */
public record Name(@JsonValue String value) {
    public static final int MAX_LENGTH = 100;

    public Name {
        value = Values.name(value, "name", MAX_LENGTH);
    }

    /** Builds a name, naming {@code field} when the value is refused. */
    public static Name of(String value, String field) {
        return new Name(Values.name(value, field, MAX_LENGTH));
    }

    @JsonCreator
    static Name fromJson(String value) {
        return new Name(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
