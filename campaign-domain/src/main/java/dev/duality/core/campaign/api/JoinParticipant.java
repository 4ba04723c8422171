package dev.duality.core.campaign.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code participant.join}: add a participant with a role and an access level. */
public record JoinParticipant(@TargetAggregateIdentifier CampaignId campaignId, ParticipantId participantId, Name name,
                              ParticipantRole role, CampaignAccess access) implements CampaignScoped {
}
