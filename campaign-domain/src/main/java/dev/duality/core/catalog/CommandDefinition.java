package dev.duality.core.catalog;

import java.util.Objects;

/**
 * A registered command type: its namespaced name, the record class that carries its payload, and its policy.
 *
 * @param type    e.g. {@code campaign.create} or {@code sys.daggerheart.character.create}
 * @param payload the Java record sent on the command bus
 * @param policy  who may send it, and whether it may run during a session or while a gate is open
 */
public record CommandDefinition(String type, Class<?> payload, CommandPolicy policy) {
    public CommandDefinition {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(policy, "policy");
    }

    public static CommandDefinition command(String type, Class<?> payload, CommandPolicy policy) {
        return new CommandDefinition(type, payload, policy);
    }

    public Owner owner() {
        return Owner.ofTypeName(type);
    }
}
