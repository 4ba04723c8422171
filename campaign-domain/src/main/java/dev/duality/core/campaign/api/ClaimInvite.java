package dev.duality.core.campaign.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code invite.claim}: whoever holds the invite code joins with it, once, and receives an access token. */
public record ClaimInvite(@TargetAggregateIdentifier CampaignId campaignId, SecretHash codeHash, ParticipantId participantId,
                          Name name, SecretHash tokenHash) implements CampaignScoped {
}
