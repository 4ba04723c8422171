package dev.duality.core.campaign.api;

/** {@code participant.joined}: a participant took a seat. */
public record ParticipantJoined(CampaignId campaignId, ParticipantId participantId, Name name, ParticipantRole role,
                                CampaignAccess access) {
}
