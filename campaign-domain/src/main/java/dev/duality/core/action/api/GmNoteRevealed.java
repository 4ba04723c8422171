package dev.duality.core.action.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.FreeText;

/** {@code story.gm_note_revealed}: a GM note shown to the whole table, its words with it. */
public record GmNoteRevealed(CampaignId campaignId, NoteId noteId, FreeText content, CharacterId characterId) {
}
