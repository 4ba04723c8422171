package dev.duality.core.campaign.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * {@code campaign.game_system.upgrade}: from now on the campaign plays a newer version of its game system's rules,
 * e.g. the next major version after a breaking change. Its journal stays as it was; what was decided stays decided.
 *
 * @param version the version to play, {@code MAJOR.MINOR.PATCH}; must be newer than the campaign's and served
 */
public record UpgradeGameSystem(@TargetAggregateIdentifier CampaignId campaignId, String version)
        implements CampaignScoped {
}
