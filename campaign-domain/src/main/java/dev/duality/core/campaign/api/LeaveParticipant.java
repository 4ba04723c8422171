package dev.duality.core.campaign.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code participant.leave}: remove a participant who owns no characters, keeping at least one owner. */
public record LeaveParticipant(@TargetAggregateIdentifier CampaignId campaignId, ParticipantId participantId, FreeText reason) implements ParticipantScoped {
}
