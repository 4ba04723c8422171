package dev.duality.projections.daggerheart.api;

/** Queries answered from the Daggerheart read models. */
public final class DaggerheartQueries {
    private DaggerheartQueries() {
    }

    /** One character's Daggerheart sheet within a campaign; answers an empty Optional when it has none. */
    public record FindCharacterSheet(String campaignId, String characterId) {
    }
}
