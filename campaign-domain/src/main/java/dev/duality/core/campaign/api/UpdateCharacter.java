package dev.duality.core.campaign.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code character.update}: change a character's whitelisted fields (name, kind, notes); null fields stay. */
public record UpdateCharacter(@TargetAggregateIdentifier CampaignId campaignId, CharacterId characterId, Name name, CharacterKind kind,
                              FreeText notes) implements CharacterScoped {
}
