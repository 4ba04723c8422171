package dev.duality.core.catalog;

import java.util.Objects;

/**
 * A registered command type: its namespaced name and the record class that carries its payload.
 *
 * @param type    e.g. {@code campaign.create} or {@code sys.daggerheart.character.create}
 * @param payload the Java record sent on the command bus
 */
public record CommandDefinition(String type, Class<?> payload) {
    public CommandDefinition {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
    }

    public static CommandDefinition command(String type, Class<?> payload) {
        return new CommandDefinition(type, payload);
    }

    public Owner owner() {
        return Owner.ofTypeName(type);
    }
}
