package dev.duality.core.campaign.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code campaign.update}: change descriptive fields; null fields stay as they are. */
public record UpdateCampaign(@TargetAggregateIdentifier CampaignId campaignId, Name name, LocaleTag locale, FreeText themePrompt) implements CampaignScoped {
}
