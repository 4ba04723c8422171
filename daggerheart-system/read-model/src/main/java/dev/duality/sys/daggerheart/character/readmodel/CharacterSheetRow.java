package dev.duality.sys.daggerheart.character.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Read model of a Daggerheart character sheet and its current state (table {@code daggerheart_characters}). */
@Entity
@Table(name = "daggerheart_characters")
public class CharacterSheetRow {
    @Id
    @Column(name = "character_id")
    String characterId;
    @Column(name = "campaign_id")
    String campaignId;
    @Column(name = "character_class")
    String characterClass;
    int level;
    @Column(name = "hp_max")
    int hpMax;
    @Column(name = "stress_max")
    int stressMax;
    int hope;
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
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;

    protected CharacterSheetRow() {
    }

    CharacterSheetRow(String characterId) {
        this.characterId = characterId;
    }
}
