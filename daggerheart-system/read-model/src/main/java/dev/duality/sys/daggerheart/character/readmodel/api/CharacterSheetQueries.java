package dev.duality.sys.daggerheart.character.readmodel.api;

/** Queries answered from the Daggerheart character read model. */
public final class CharacterSheetQueries {
    private CharacterSheetQueries() {
    }

    /** One character's sheet within a campaign; answers an empty Optional when it has none. */
    public record FindCharacterSheet(String campaignId, String characterId) {
    }

    /** Every Daggerheart sheet of a campaign, in character id order: the party at a glance. */
    public record ListCharacterSheets(String campaignId) {
    }
}
