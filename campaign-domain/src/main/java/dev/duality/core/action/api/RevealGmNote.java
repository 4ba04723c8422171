package dev.duality.core.action.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CampaignScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code story.gm_note.reveal}: show a GM note to the whole table, from now on. */
public record RevealGmNote(@TargetAggregateIdentifier CampaignId campaignId, NoteId noteId) implements CampaignScoped {
}
