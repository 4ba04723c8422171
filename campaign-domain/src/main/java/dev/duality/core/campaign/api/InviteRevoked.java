package dev.duality.core.campaign.api;


/** {@code invite.revoked}: the invite was withdrawn. */
public record InviteRevoked(CampaignId campaignId, InviteId inviteId) {
}
