package dev.duality.core.campaign.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.duality.core.value.Values;

import java.util.UUID;

/** Identifies a participant; serialized as a plain string. */
public record ParticipantId(@JsonValue String value) {
    public ParticipantId {
        Values.id(value, "participant_id");
    }

    @JsonCreator
    public static ParticipantId of(String value) {
        return new ParticipantId(value);
    }

    public static ParticipantId generate() {
        return new ParticipantId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
