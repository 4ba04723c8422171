package dev.duality.sys.daggerheart;

import dev.duality.core.catalog.CommandDefinition;
import dev.duality.core.catalog.CommandPolicy;
import dev.duality.core.catalog.EventDefinition;
import dev.duality.core.catalog.Intent;
import dev.duality.core.system.AggregateLookup;
import dev.duality.core.system.FirstSession;
import dev.duality.core.system.ReadinessBlocker;
import dev.duality.core.system.SessionReadinessHook;
import dev.duality.core.system.SystemModule;
import dev.duality.sys.daggerheart.character.DaggerheartCharacter;
import dev.duality.sys.daggerheart.character.api.CreateDaggerheartCharacter;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterCreated;
import dev.duality.sys.daggerheart.gm.DaggerheartGmState;
import dev.duality.sys.daggerheart.gm.api.GmFearChanged;
import dev.duality.sys.daggerheart.gm.api.SeedGmFear;
import dev.duality.sys.daggerheart.gm.api.SetGmFear;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static dev.duality.core.catalog.CommandDefinition.command;
import static dev.duality.core.catalog.EventDefinition.event;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CHARACTER_SHEET_MISSING;

/**
 * The Daggerheart game system: its {@code sys.daggerheart.*} messages, aggregates (character sheets and the campaign's
 * GM state), session readiness check and first-session bootstrap.
 */
public final class DaggerheartModule implements SystemModule {
    public static final String SYSTEM_ID = "daggerheart";
    public static final String SYSTEM_VERSION = "1.0.0";

    /** Registered by the plug-in's Spring configuration (daggerheart-web), or directly by tests. */
    public DaggerheartModule() {
    }

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
        return List.of(
                command("sys.daggerheart.character.create", CreateDaggerheartCharacter.class,
                        CommandPolicy.inGame(CommandPolicy.Access.CHARACTER_CONTROLLER)),
                // sent by the runtime inside the first session.start, with that command's actor: a manager
                command("sys.daggerheart.gm_fear.seed", SeedGmFear.class,
                        CommandPolicy.inGame(CommandPolicy.Access.MANAGER)),
                command("sys.daggerheart.gm_fear.set", SetGmFear.class,
                        CommandPolicy.inGame(CommandPolicy.Access.GM)));
    }

    @Override
    public List<EventDefinition> events() {
        return List.of(
                event("sys.daggerheart.character_created", DaggerheartCharacterCreated.class,
                        Intent.PROJECTION_AND_REPLAY),
                event("sys.daggerheart.gm_fear_changed", GmFearChanged.class, Intent.PROJECTION_AND_REPLAY));
    }

    @Override
    public List<Class<?>> aggregates() {
        return List.of(DaggerheartCharacter.class, DaggerheartGmState.class);
    }

    /**
     * A character may play once it has a Daggerheart sheet created in this campaign and the sheet reports no blockers.
     * A sheet from another campaign is not this character's sheet: character ids are only unique per campaign.
     */
    @Override
    public SessionReadinessHook sessionReadiness(AggregateLookup lookup) {
        return (campaignId, characterId) -> lookup
                .read(DaggerheartCharacter.class, characterId, sheet -> sheet.campaignId().value().equals(campaignId)
                        ? Optional.of(sheet.readinessBlockers())
                        : Optional.<List<ReadinessBlocker>>empty())
                .flatMap(Function.identity())
                .orElseGet(() -> List.of(new ReadinessBlocker(DAGGERHEART_CHARACTER_SHEET_MISSING, characterId,
                        "character " + characterId + " has no Daggerheart character sheet in campaign " + campaignId)));
    }

    /**
     * The first session seeds the GM's Fear with one per player character (NPCs do not count; the rules cap it at 12),
     * which creates the campaign's GM state. Later sessions carry Fear forward.
     */
    @Override
    public List<Object> firstSessionCommands(FirstSession firstSession) {
        return List.of(new SeedGmFear(firstSession.campaignId(), firstSession.playerCharacters().size()));
    }
}
