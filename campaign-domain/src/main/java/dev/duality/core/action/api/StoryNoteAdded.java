package dev.duality.core.action.api;

import dev.duality.core.campaign.api.*;
import dev.duality.core.session.api.SessionId;


/** {@code story.note_added} (audit-only): a story note, kept in the journal. */
public record StoryNoteAdded(CampaignId campaignId, SessionId sessionId, FreeText content, CharacterId characterId) {
}
