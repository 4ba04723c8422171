package dev.duality.sys.fable;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.FreeText;

/** {@code sys.fable.tale_told}: the chronicle's {@code number}th line. */
public record TaleTold(CampaignId campaignId, int number, FreeText line) {
}
