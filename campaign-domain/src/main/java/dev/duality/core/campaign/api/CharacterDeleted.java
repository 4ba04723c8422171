package dev.duality.core.campaign.api;


/** {@code character.deleted}: the character was soft-deleted. */
public record CharacterDeleted(CampaignId campaignId, CharacterId characterId, FreeText reason) {
}
