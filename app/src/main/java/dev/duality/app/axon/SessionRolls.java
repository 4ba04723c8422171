package dev.duality.app.axon;

import dev.duality.core.action.api.RollResolved;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.session.api.SessionStreamId;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * A session's rolls as its journal stream recorded them. Rolls are replay-only: no read model keeps them, so the dice
 * audit reads the journal itself, the one record no one can rewrite.
 */
@Component
public class SessionRolls {
    private final EventStore eventStore;

    public SessionRolls(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Every roll of the session, in the order they were made. */
    public List<RollResolved> of(CampaignId campaignId, SessionId sessionId) {
        List<RollResolved> rolls = new ArrayList<>();
        // from its first event, never from a snapshot: a snapshot would stand for the rolls before it
        eventStore.readEvents(SessionStreamId.of(campaignId, sessionId).value(), 0).asStream()
                .map(event -> event.getPayload())
                .forEach(payload -> {
                    if (payload instanceof RollResolved roll) {
                        rolls.add(roll);
                    }
                });
        return rolls;
    }
}
