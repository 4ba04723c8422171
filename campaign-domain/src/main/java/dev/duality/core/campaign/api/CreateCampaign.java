package dev.duality.core.campaign.api;

/** {@code campaign.create}: open a new campaign in draft; the creator joins as its owner and GM and
 * receives an access token, of which only the hash is kept. */
public record CreateCampaign(CampaignId campaignId, Name name, LocaleTag locale, FreeText themePrompt, GameSystemRef gameSystem,
                             ParticipantId ownerParticipantId, Name ownerName, SecretHash ownerTokenHash) {
}
