package dev.duality.projections.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** Read model of one character's core identity (table {@code characters}). */
@Entity
@Table(name = "characters")
@IdClass(CharacterRow.Key.class)
public class CharacterRow {
    @Id
    @Column(name = "campaign_id")
    String campaignId;
    @Id
    @Column(name = "character_id")
    String characterId;
    @Column(name = "owner_participant_id")
    String ownerParticipantId;
    String name;
    String kind;
    String notes;
    boolean deleted;
    @Column(name = "deleted_at")
    Instant deletedAt;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;

    protected CharacterRow() {
    }

    CharacterRow(String campaignId, String characterId) {
        this.campaignId = campaignId;
        this.characterId = characterId;
    }

    public record Key(String campaignId, String characterId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
