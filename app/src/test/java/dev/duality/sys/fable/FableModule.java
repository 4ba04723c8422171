package dev.duality.sys.fable;

import dev.duality.core.catalog.CommandDefinition;
import dev.duality.core.catalog.CommandPolicy;
import dev.duality.core.catalog.EventDefinition;
import dev.duality.core.system.AggregateLookup;
import dev.duality.core.system.FirstSession;
import dev.duality.core.system.SessionReadinessHook;
import dev.duality.core.system.SystemModule;

import java.util.List;

/**
 * Fable, a second game system that exists only in test sources, to prove that a game system is one folder: one
 * command, one event, an aggregate, a read model with its own migration and an endpoint, and no edit anywhere else.
 */
public final class FableModule implements SystemModule {
    public static final String SYSTEM_ID = "fable";
    public static final String SYSTEM_VERSION = "1.2.0";

    @Override
    public String systemId() {
        return SYSTEM_ID;
    }

    @Override
    public String systemVersion() {
        return SYSTEM_VERSION;
    }

    @Override
    public List<CommandDefinition> commands() {
        return List.of(CommandDefinition.command("sys.fable.tale.tell", TellTale.class,
                CommandPolicy.always(CommandPolicy.Access.MEMBER)));
    }

    @Override
    public List<EventDefinition> events() {
        return List.of(EventDefinition.event("sys.fable.tale_told", TaleTold.class));
    }

    @Override
    public List<Class<?>> aggregates() {
        return List.of(Chronicle.class);
    }

    @Override
    public SessionReadinessHook sessionReadiness(AggregateLookup lookup) {
        return (campaignId, characterId) -> List.of();
    }

    @Override
    public List<Object> firstSessionCommands(FirstSession firstSession) {
        return List.of();
    }
}
