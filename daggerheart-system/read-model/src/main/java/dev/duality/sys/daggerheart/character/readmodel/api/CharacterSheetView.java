package dev.duality.sys.daggerheart.character.readmodel.api;

import java.time.Instant;

/** A Daggerheart character sheet as clients see it. */
public record CharacterSheetView(String campaignId, String characterId, String characterClass, int level, int hpMax,
                                 int stressMax, int hope, int hopeMax, int evasion, int proficiency, int armorScore,
                                 Thresholds thresholds, Instant createdAt, Instant updatedAt) {
    public record Thresholds(int major, int severe) {
    }
}
