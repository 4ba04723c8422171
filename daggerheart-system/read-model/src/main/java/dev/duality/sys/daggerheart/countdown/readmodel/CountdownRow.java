package dev.duality.sys.daggerheart.countdown.readmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** Read model of one countdown of a campaign (table {@code daggerheart_countdowns}); enums as wire names. */
@Entity
@Table(name = "daggerheart_countdowns")
@IdClass(CountdownRow.Key.class)
public class CountdownRow {
    @Id
    @Column(name = "campaign_id")
    String campaignId;
    @Id
    @Column(name = "countdown_id")
    String countdownId;
    String name;
    String tone;
    String policy;
    @Column(name = "starting_value")
    int startingValue;
    int remaining;
    @Column(name = "loop_kind")
    String loop;
    @Column(name = "visible_to_players")
    boolean visibleToPlayers;
    String status;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;

    protected CountdownRow() {
    }

    CountdownRow(String campaignId, String countdownId) {
        this.campaignId = campaignId;
        this.countdownId = countdownId;
    }

    public record Key(String campaignId, String countdownId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
