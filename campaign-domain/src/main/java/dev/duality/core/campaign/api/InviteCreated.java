package dev.duality.core.campaign.api;


/** {@code invite.created}: an invite was opened. */
public record InviteCreated(CampaignId campaignId, InviteId inviteId, ParticipantRole role, CampaignAccess access,
                            SecretHash codeHash) {
}
