package dev.duality.core.campaign.api;


/** {@code character.transferred}: the character has a new owner. */
public record CharacterTransferred(CampaignId campaignId, CharacterId characterId, ParticipantId fromParticipantId,
                                   ParticipantId toParticipantId) {
}
