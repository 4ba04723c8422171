package dev.duality.core.action.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.duality.core.value.Values;

import java.util.UUID;

/** Identifies a GM note; serialized as a plain string. */
public record NoteId(@JsonValue String value) {
    public NoteId {
        Values.id(value, "note_id");
    }

    @JsonCreator
    public static NoteId of(String value) {
        return new NoteId(value);
    }

    public static NoteId generate() {
        return new NoteId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
