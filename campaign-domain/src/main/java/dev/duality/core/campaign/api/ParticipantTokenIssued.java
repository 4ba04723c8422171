package dev.duality.core.campaign.api;


/** {@code participant.token_issued}: an access token was issued to a participant; only its hash is kept. */
public record ParticipantTokenIssued(CampaignId campaignId, ParticipantId participantId, SecretHash tokenHash) {
}
