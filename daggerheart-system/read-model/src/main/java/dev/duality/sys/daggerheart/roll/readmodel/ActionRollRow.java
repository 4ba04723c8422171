package dev.duality.sys.daggerheart.roll.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** Read model of one Duality roll and whether its outcome was applied (table {@code daggerheart_action_rolls}). */
@Entity
@Table(name = "daggerheart_action_rolls")
@IdClass(ActionRollRow.Key.class)
public class ActionRollRow {
    @Id
    @Column(name = "campaign_id")
    String campaignId;
    @Id
    @Column(name = "roll_seq")
    long rollSeq;
    @Column(name = "session_id")
    String sessionId;
    @Column(name = "character_id")
    String characterId;
    String trait;
    @Column(name = "trait_score")
    int traitScore;
    String experiences;
    @Column(name = "experience_bonus")
    int experienceBonus;
    int modifier;
    @Column(name = "hope_die")
    int hopeDie;
    @Column(name = "fear_die")
    int fearDie;
    int advantage;
    Integer difficulty;
    boolean reaction;
    int total;
    String result;
    @Column(name = "hope_gained")
    int hopeGained;
    @Column(name = "stress_cleared")
    int stressCleared;
    @Column(name = "fear_gained")
    int fearGained;
    @Column(name = "spotlight_to_gm")
    boolean spotlightToGm;
    @Column(name = "gm_move")
    String gmMove;
    @Column(name = "effects_ignored")
    boolean effectsIgnored;
    @Column(name = "hope_spent")
    int hopeSpent;
    @Column(name = "outcome_applied")
    boolean outcomeApplied;
    @Column(name = "rolled_at")
    Instant rolledAt;

    protected ActionRollRow() {
    }

    ActionRollRow(String campaignId, long rollSeq) {
        this.campaignId = campaignId;
        this.rollSeq = rollSeq;
    }

    public record Key(String campaignId, long rollSeq) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
