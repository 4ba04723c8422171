package dev.duality.core.campaign.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code character.delete}: soft-delete a character; it stays in the journal and can no longer change. */
public record DeleteCharacter(@TargetAggregateIdentifier CampaignId campaignId, CharacterId characterId, FreeText reason) implements CharacterScoped {
}
