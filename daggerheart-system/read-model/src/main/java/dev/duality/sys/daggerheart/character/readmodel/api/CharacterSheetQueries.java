package dev.duality.sys.daggerheart.character.readmodel.api;

/** Queries answered from the Daggerheart read models. */
public final class CharacterSheetQueries {
    private CharacterSheetQueries() {
    }

    /** One character's Daggerheart sheet within a campaign; answers an empty Optional when it has none. */
    public record FindCharacterSheet(String campaignId, String characterId) {
    }
}
