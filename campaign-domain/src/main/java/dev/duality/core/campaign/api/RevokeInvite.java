package dev.duality.core.campaign.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code invite.revoke}: an open invite can no longer be claimed. */
public record RevokeInvite(@TargetAggregateIdentifier CampaignId campaignId, InviteId inviteId) implements CampaignScoped {
}
