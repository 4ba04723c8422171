package dev.duality.core.campaign.api;

/** {@code participant.updated}: a participant's fields changed; only changed fields are set. */
public record ParticipantUpdated(CampaignId campaignId, ParticipantId participantId, Name name, ParticipantRole role,
                                 CampaignAccess access) {
}
