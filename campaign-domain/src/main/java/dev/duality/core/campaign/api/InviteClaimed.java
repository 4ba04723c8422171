package dev.duality.core.campaign.api;


/** {@code invite.claimed}: the invite was used by the participant it seated. */
public record InviteClaimed(CampaignId campaignId, InviteId inviteId, ParticipantId participantId) {
}
