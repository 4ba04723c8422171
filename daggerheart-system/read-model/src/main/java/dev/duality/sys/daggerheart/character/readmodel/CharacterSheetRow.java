package dev.duality.sys.daggerheart.character.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/**
 * Read model of one character's Daggerheart sheet and state (table {@code daggerheart_characters}): the choices of
 * character creation as one JSON document ({@link ProfileDocument}), the derived numbers and the tracks as columns.
 */
@Entity
@Table(name = "daggerheart_characters")
@IdClass(CharacterSheetRow.Key.class)
public class CharacterSheetRow {
    @Id
    @Column(name = "campaign_id")
    String campaignId;
    @Id
    @Column(name = "character_id")
    String characterId;
    @Column(name = "character_class")
    String characterClass;
    int level;
    String profile;
    @Column(name = "completed_steps")
    String completedSteps;
    @Column(name = "hp_max")
    int hpMax;
    @Column(name = "stress_max")
    int stressMax;
    @Column(name = "hope_max")
    int hopeMax;
    int evasion;
    int proficiency;
    @Column(name = "armor_score")
    int armorScore;
    @Column(name = "major_threshold")
    int majorThreshold;
    @Column(name = "severe_threshold")
    int severeThreshold;
    @Column(name = "hp_marked")
    int hpMarked;
    @Column(name = "stress_marked")
    int stressMarked;
    int hope;
    @Column(name = "armor_marked")
    int armorMarked;
    @Column(name = "life_state")
    String lifeState;
    String conditions;
    /** How long conditions last, a JSON object by condition; only conditions the character has. */
    @Column(name = "condition_durations")
    String conditionDurations = "{}";
    /** The temporary armor in effect, a JSON list; {@link #armorScore} is the permanent score. */
    @Column(name = "temporary_armor")
    String temporaryArmor;
    /** The level the GM granted and the player has not applied yet, or null. */
    @Column(name = "level_up_pending")
    Integer levelUpPending;
    /** What the level-ups chose ({@link ProgressionDocument}); null before the first. */
    String progression;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;

    protected CharacterSheetRow() {
    }

    CharacterSheetRow(String campaignId, String characterId) {
        this.campaignId = campaignId;
        this.characterId = characterId;
    }

    public record Key(String campaignId, String characterId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
