package dev.duality.sys.daggerheart.adversary.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** Read model of one adversary attack roll against one character (table {@code daggerheart_adversary_attacks}). */
@Entity
@Table(name = "daggerheart_adversary_attacks")
@IdClass(AdversaryAttackRow.Key.class)
public class AdversaryAttackRow {
    @Id
    @Column(name = "campaign_id")
    String campaignId;
    @Id
    @Column(name = "roll_seq")
    long rollSeq;
    @Id
    @Column(name = "character_id")
    String characterId;
    @Column(name = "session_id")
    String sessionId;
    @Column(name = "adversary_id")
    String adversaryId;
    @Column(name = "attack_name")
    String attackName;
    @Column(name = "attack_die")
    int attackDie;
    @Column(name = "attack_modifier")
    int attackModifier;
    int total;
    int evasion;
    boolean hit;
    boolean critical;
    @Column(name = "damage_dice")
    String damageDice;
    @Column(name = "damage_results")
    String damageResults;
    int damage;
    @Column(name = "damage_types")
    String damageTypes;
    @Column(name = "attack_reduced")
    boolean attackReduced;
    @Column(name = "damage_applied")
    boolean damageApplied;

    protected AdversaryAttackRow() {
    }

    AdversaryAttackRow(String campaignId, long rollSeq, String characterId) {
        this.campaignId = campaignId;
        this.rollSeq = rollSeq;
        this.characterId = characterId;
    }

    public record Key(String campaignId, long rollSeq, String characterId) implements Serializable {
        public Key() {
            this(null, 0, null);
        }
    }
}
