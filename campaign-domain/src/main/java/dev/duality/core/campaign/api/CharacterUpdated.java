package dev.duality.core.campaign.api;


/** {@code character.updated}: whitelisted fields changed; only changed fields are set. */
public record CharacterUpdated(CampaignId campaignId, CharacterId characterId, Name name, CharacterKind kind, FreeText notes) {
}
