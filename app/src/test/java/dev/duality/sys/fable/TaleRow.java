package dev.duality.sys.fable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** One line of a chronicle (table {@code fable_tales}, created by Fable's own migration). */
@Entity
@Table(name = "fable_tales")
@IdClass(TaleRow.Key.class)
public class TaleRow {
    @Id
    @Column(name = "campaign_id")
    String campaignId;
    @Id
    int number;
    String line;
    /** The line's first word, at most 16 characters in the table. */
    String opening;

    protected TaleRow() {
    }

    TaleRow(String campaignId, int number) {
        this.campaignId = campaignId;
        this.number = number;
    }

    public record Key(String campaignId, int number) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
