package dev.duality.core.action.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CampaignScoped;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.FreeText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code story.gm_note.add}: a note only the campaign's GMs see until one of them reveals it. */
public record AddGmNote(@TargetAggregateIdentifier CampaignId campaignId, NoteId noteId, FreeText content,
                        CharacterId characterId) implements CampaignScoped {
}
