package dev.duality.sys.daggerheart.gm.api;

import dev.duality.core.campaign.api.CampaignScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A command decided by a campaign's Daggerheart GM state. */
public interface GmStateCommand extends CampaignScoped {
    @TargetAggregateIdentifier
    default GmStateId gmStateId() {
        return GmStateId.of(campaignId());
    }
}
