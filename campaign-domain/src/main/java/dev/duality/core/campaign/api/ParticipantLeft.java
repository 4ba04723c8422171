package dev.duality.core.campaign.api;

/** {@code participant.left}: a participant left the campaign. */
public record ParticipantLeft(CampaignId campaignId, ParticipantId participantId, FreeText reason) {
}
