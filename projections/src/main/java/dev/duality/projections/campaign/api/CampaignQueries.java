package dev.duality.projections.campaign.api;

/** Queries answered from the campaign read models. */
public final class CampaignQueries {
    private CampaignQueries() {
    }

    /** One campaign by id; answers an empty Optional when unknown. */
    public record FindCampaign(String campaignId) {
    }

    /** Campaigns ordered by id, after the given id (exclusive; null for the first page), at most {@code limit}. */
    public record ListCampaigns(String afterCampaignId, int limit) {
    }

    /** Every current participant of a campaign, in joining order. */
    public record ListParticipants(String campaignId) {
    }

    /** One participant; answers an empty Optional when unknown. */
    public record FindParticipant(String campaignId, String participantId) {
    }

    /** One character of a campaign; answers an empty Optional when unknown. */
    public record FindCharacter(String campaignId, String characterId) {
    }

    /** Every character of a campaign, in creation order. */
    public record ListCharacters(String campaignId) {
    }
}
