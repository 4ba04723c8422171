package dev.duality.projections.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A participant access token, by the SHA-256 hash of its secret (table {@code access_tokens}). */
@Entity
@Table(name = "access_tokens")
public class AccessTokenRow {
    @Id
    @Column(name = "token_hash")
    String tokenHash;
    @Column(name = "campaign_id")
    String campaignId;
    @Column(name = "participant_id")
    String participantId;
    @Column(name = "issued_at")
    Instant issuedAt;

    protected AccessTokenRow() {
    }

    AccessTokenRow(String tokenHash, String campaignId, String participantId, Instant issuedAt) {
        this.tokenHash = tokenHash;
        this.campaignId = campaignId;
        this.participantId = participantId;
        this.issuedAt = issuedAt;
    }
}
