package dev.duality.sys.daggerheart.adversary.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** Read model of one adversary on the table (table {@code daggerheart_adversaries}). */
@Entity
@Table(name = "daggerheart_adversaries")
@IdClass(AdversaryRow.Key.class)
public class AdversaryRow {
    @Id
    @Column(name = "campaign_id")
    String campaignId;
    @Id
    @Column(name = "adversary_id")
    String adversaryId;
    @Column(name = "session_id")
    String sessionId;
    String name;
    int tier;
    @Column(name = "adversary_type")
    String adversaryType;
    @Column(name = "stat_block")
    String statBlock;
    @Column(name = "hp_max")
    int hpMax;
    @Column(name = "hp_marked")
    int hpMarked;
    @Column(name = "stress_max")
    int stressMax;
    @Column(name = "stress_marked")
    int stressMarked;
    String conditions;
    boolean defeated;
    /** The GM showed the table its stat block. */
    boolean revealed;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;

    protected AdversaryRow() {
    }

    AdversaryRow(String campaignId, String adversaryId) {
        this.campaignId = campaignId;
        this.adversaryId = adversaryId;
    }

    public record Key(String campaignId, String adversaryId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
