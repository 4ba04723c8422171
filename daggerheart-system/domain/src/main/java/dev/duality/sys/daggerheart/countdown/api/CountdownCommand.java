package dev.duality.sys.daggerheart.countdown.api;

import dev.duality.core.campaign.api.CampaignScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A command decided by a campaign's countdowns. */
public interface CountdownCommand extends CampaignScoped {
    @TargetAggregateIdentifier
    default CountdownBoardId boardId() {
        return CountdownBoardId.of(campaignId());
    }
}
