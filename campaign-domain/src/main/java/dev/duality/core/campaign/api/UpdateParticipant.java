package dev.duality.core.campaign.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code participant.update}: change a participant's name, role or access; null fields stay as they are. */
public record UpdateParticipant(@TargetAggregateIdentifier CampaignId campaignId, ParticipantId participantId, Name name,
                                ParticipantRole role, CampaignAccess access) implements ParticipantScoped {
}
