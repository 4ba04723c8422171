package dev.duality.sys.fable;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CampaignScoped;
import dev.duality.core.campaign.api.FreeText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code sys.fable.tale.tell}: add a line to the campaign's chronicle. */
public record TellTale(CampaignId campaignId, FreeText line) implements CampaignScoped {
    @TargetAggregateIdentifier
    public String chronicleId() {
        return Chronicle.idOf(campaignId);
    }
}
