package dev.duality.core.campaign.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code character.transfer}: give a character to another participant (campaign owners only). */
public record TransferCharacter(@TargetAggregateIdentifier CampaignId campaignId, CharacterId characterId,
                                ParticipantId newOwnerParticipantId) implements CharacterScoped {
}
