package dev.duality.core.campaign.api;

/** {@code character.created}: a character was added. */
public record CharacterCreated(CampaignId campaignId, CharacterId characterId, ParticipantId ownerParticipantId, Name name,
                               CharacterKind kind, FreeText notes) {
}
