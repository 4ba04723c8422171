package dev.duality.sys.daggerheart.undo.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CampaignScoped;
import dev.duality.core.value.Values;

/**
 * {@code sys.daggerheart.decision.undo}: the GM undoes a decision (a damage application, a Duality roll's outcome, a
 * rest) by compensating events that restore the values it changed. The decision is named by any one of its events
 * (the timeline's {@code event_id}): a decision is every event of one request, which share its
 * {@code correlation_id}. Its events stay in the journal.
 *
 * @param eventId an event of the decision to undo
 */
public record UndoDecision(CampaignId campaignId, String eventId) implements CampaignScoped {
    public static final String EVENT_ID = "event_id";

    public UndoDecision {
        Values.required(campaignId, "campaign_id");
        Values.id(eventId, EVENT_ID);
    }
}
