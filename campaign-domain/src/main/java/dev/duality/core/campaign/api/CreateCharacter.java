package dev.duality.core.campaign.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code character.create}: add a character owned by a participant. */
public record CreateCharacter(@TargetAggregateIdentifier CampaignId campaignId, CharacterId characterId,
                              ParticipantId ownerParticipantId, Name name, CharacterKind kind, FreeText notes) implements CampaignScoped {
}
