package dev.duality.projections.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Read model of one invite (table {@code invites}); the code's hash is never projected. */
@Entity
@Table(name = "invites")
public class InviteRow {
    @Id
    @Column(name = "invite_id")
    String inviteId;
    @Column(name = "campaign_id")
    String campaignId;
    String role;
    String access;
    String status;
    @Column(name = "claimed_by_participant_id")
    String claimedByParticipantId;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "updated_at")
    Instant updatedAt;

    protected InviteRow() {
    }

    InviteRow(String inviteId) {
        this.inviteId = inviteId;
    }
}
