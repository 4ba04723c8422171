package dev.duality.core.campaign.api;

/** {@code campaign.updated}: descriptive fields changed; only changed fields are set. */
public record CampaignUpdated(CampaignId campaignId, Name name, LocaleTag locale, FreeText themePrompt) {
}
