package dev.duality.sys.daggerheart.adversary.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.duality.core.value.Values;

import java.util.UUID;

/** Identifies an adversary within its campaign; serialized as a plain string. */
public record AdversaryId(@JsonValue String value) {
    public AdversaryId {
        Values.id(value, "adversary_id");
    }

    @JsonCreator
    public static AdversaryId of(String value) {
        return new AdversaryId(value);
    }

    /** Builds an id from a request, naming {@code field} when it is refused. */
    public static AdversaryId of(String value, String field) {
        return new AdversaryId(Values.id(value, field));
    }

    public static AdversaryId generate() {
        return new AdversaryId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
