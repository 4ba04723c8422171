package dev.duality.sys.daggerheart.character.readmodel.api;

import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import dev.duality.sys.daggerheart.rules.Armor;
import dev.duality.sys.daggerheart.character.api.Heritage;
import dev.duality.sys.daggerheart.rules.AcquiredCards;
import dev.duality.sys.daggerheart.rules.CreationStep;
import dev.duality.sys.daggerheart.rules.Experience;
import dev.duality.sys.daggerheart.rules.Gold;
import dev.duality.sys.daggerheart.rules.Multiclass;
import dev.duality.sys.daggerheart.rules.SubclassCard;
import dev.duality.sys.daggerheart.rules.TakenAdvancement;
import dev.duality.sys.daggerheart.rules.Trait;
import dev.duality.sys.daggerheart.rules.Subclass;
import dev.duality.sys.daggerheart.rules.TraitScores;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * A character's Daggerheart sheet as clients see it: the choices of character creation (null until chosen; traits,
 * Experiences and domain cards as level-ups and swaps changed them), how far creation is, the numbers derived from the
 * choices, the state in play, a level-up waiting to be applied and what the level-ups chose.
 */
@Schema(description = "A character's Daggerheart sheet and state")
public record CharacterSheetView(
        @Schema(example = "6f1d2c3a-8b4e-4f5a-9c7d-1e2f3a4b5c6d") String campaignId,
        @Schema(example = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d") String characterId,
        DaggerheartClass characterClass,
        Subclass subclass,
        @Schema(description = "1..10", example = "1") int level,
        @Schema(description = "1 at level 1, 2 at 2-4, 3 at 5-7, 4 at 8-10", example = "1") int tier,
        Heritage heritage,
        TraitScores traits,
        EquipmentView equipment,
        List<Experience> experiences,
        AcquiredCards domainCards,
        Gold gold,
        @Schema(example = "Tall, quiet, a cloak of moss") String description,
        @Schema(example = "Raised by the wardens of the old wood") String background,
        @Schema(example = "Owes Riley's character a life debt") String connections,
        Creation creation,
        @Schema(example = "6") int hpMax,
        @Schema(example = "6") int stressMax,
        @Schema(example = "6") int hopeMax,
        @Schema(example = "12") int evasion,
        @Schema(example = "1") int proficiency,
        @Schema(description = "The permanent Armor Score; the state's counts temporary armor too", example = "3")
        int armorScore,
        Thresholds thresholds,
        CharacterStateView state,
        @Schema(description = "The level the GM granted and the player has not applied yet: until it is, the "
                + "character can't join a session; null when none", example = "null") Integer levelUpPending,
        Progression progression,
        @Schema(example = "2025-03-01T18:12:00Z") Instant createdAt,
        @Schema(example = "2025-03-01T18:40:00Z") Instant updatedAt) {

    /** How far character creation is: a character plays once every step is done. */
    public record Creation(@Schema(example = "true") boolean complete, List<CreationStep> completedSteps,
                           List<CreationStep> missingSteps) {
    }

    /** Creation step 5: the armor worn (null: unarmored) and the weapons carried. */
    public record EquipmentView(Armor armor, @Schema(example = "Shortbow") String primaryWeapon,
                                @Schema(example = "null") String secondaryWeapon) {
    }

    /** What the level-ups chose: advancements (with the tier column each came from), marks, subclass cards. */
    public record Progression(List<TakenAdvancement> advancements,
                              @Schema(description = "Marked traits: not raised again until level 5 or 8 clears them")
                              List<Trait> markedTraits,
                              @Schema(description = "The subclass's highest card") SubclassCard subclassCard,
                              @Schema(description = "The second class, or null") Multiclass multiclass,
                              @Schema(description = "The second class's subclass's highest card, or null")
                              SubclassCard multiclassCard) {
    }

    /** Damage at or above Major marks 2 HP, at or above Severe 3. */
    public record Thresholds(@Schema(example = "7") int major, @Schema(example = "14") int severe) {
    }
}
