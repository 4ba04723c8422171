package dev.duality.projections.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Read model of one campaign (table {@code campaigns}). */
@Entity
@Table(name = "campaigns")
public class CampaignRow {
    @Id
    @Column(name = "campaign_id")
    String campaignId;
    String name;
    String locale;
    @Column(name = "theme_prompt")
    String themePrompt;
    String status;
    @Column(name = "game_system_id")
    String gameSystemId;
    @Column(name = "game_system_version")
    String gameSystemVersion;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;

    protected CampaignRow() {
    }

    CampaignRow(String campaignId) {
        this.campaignId = campaignId;
    }
}
