package dev.duality.core.action.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.system.GmOnly;

/**
 * {@code story.gm_note_added}: a GM's secret note, recorded with the active session, if any. Players never see it:
 * the timeline and the live stream list it to GMs and the admin only, until {@code story.gm_note_revealed}.
 */
public record GmNoteAdded(CampaignId campaignId, SessionId sessionId, NoteId noteId, FreeText content,
                          CharacterId characterId) implements GmOnly {
}
