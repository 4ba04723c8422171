package dev.duality.core.campaign.api;

import dev.duality.core.value.Values;

/** The game system a campaign plays, and the module version it was created with. */
public record GameSystemRef(String id, String version) {
    public GameSystemRef {
        Values.required(id, "game_system.id");
        Values.required(version, "game_system.version");
    }
}
