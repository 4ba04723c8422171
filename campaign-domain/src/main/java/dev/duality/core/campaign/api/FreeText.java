package dev.duality.core.campaign.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.duality.core.value.Values;

/** Multi-line text such as a theme prompt or notes: at most 4000 characters. */
public record FreeText(@JsonValue String value) {
    public static final int MAX_LENGTH = 4000;

    public FreeText {
        Values.text(value, "text", MAX_LENGTH);
    }

    public static FreeText of(String value, String field) {
        return new FreeText(Values.text(value, field, MAX_LENGTH));
    }

    @JsonCreator
    static FreeText fromJson(String value) {
        return new FreeText(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
