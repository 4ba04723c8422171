package dev.duality.core.campaign.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code invite.create}: an owner or manager invites someone to a seat; only the code's hash is kept. */
public record CreateInvite(@TargetAggregateIdentifier CampaignId campaignId, InviteId inviteId, ParticipantRole role,
                           CampaignAccess access, SecretHash codeHash) implements CampaignScoped {
}
