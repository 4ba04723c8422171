package dev.duality.sys.daggerheart.gm.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Read model of a campaign's Daggerheart GM state (table {@code daggerheart_gm_state}); Fear is null until seeded. */
@Entity
@Table(name = "daggerheart_gm_state")
public class GmStateRow {
    @Id
    @Column(name = "campaign_id")
    String campaignId;
    @Column(name = "gm_fear")
    Integer gmFear;
    @Column(name = "massive_damage")
    boolean massiveDamage;
    /** Short rests since the party's last long rest. */
    @Column(name = "short_rests_in_a_row")
    int shortRestsInARow;
    /** When the Fear last changed; before the seed, when the settings were chosen (the column is never null). */
    @Column(name = "updated_at")
    Instant updatedAt;

    protected GmStateRow() {
    }

    GmStateRow(String campaignId) {
        this.campaignId = campaignId;
    }
}
