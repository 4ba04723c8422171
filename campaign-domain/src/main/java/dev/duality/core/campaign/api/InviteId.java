package dev.duality.core.campaign.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.duality.core.value.Values;

import java.util.UUID;

/** Identifies a invite; serialized as a plain string. */
public record InviteId(@JsonValue String value) {
    public InviteId {
        Values.id(value, "invite_id");
    }

    @JsonCreator
    public static InviteId of(String value) {
        return new InviteId(value);
    }

    public static InviteId generate() {
        return new InviteId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
