package dev.duality.core.campaign.api;

/** {@code campaign.created}: a campaign was opened in draft for a game system. */
public record CampaignCreated(CampaignId campaignId, Name name, LocaleTag locale, FreeText themePrompt,
                              String gameSystemId, String gameSystemVersion) {
}
