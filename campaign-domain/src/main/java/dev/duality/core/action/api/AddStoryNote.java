package dev.duality.core.action.api;

import dev.duality.core.campaign.api.*;
import dev.duality.core.session.api.SessionId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code story.note.add}: write a story note, optionally about a character. */
public record AddStoryNote(@TargetAggregateIdentifier CampaignId campaignId, FreeText content, CharacterId characterId) implements CampaignScoped {
}
