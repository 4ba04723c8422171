package dev.duality.core.testing;

import dev.duality.core.campaign.Campaign;
import dev.duality.core.session.Session;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.system.StreamFold;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Aggregate state from events, folded by the aggregate's own event-sourcing handlers exactly as a repository loading
 * the stream would: what a fake {@link dev.duality.core.system.AggregateLookup} serves to a decider under test.
 */
public final class Folded {
    private Folded() {
    }

    /** The campaign {@code history}'s campaign stream folds into. */
    public static Campaign campaign(History history) {
        return aggregate(Campaign.class, History.CAMPAIGN.value(), history.events())
                .orElseThrow(() -> new IllegalArgumentException("the history has no campaign stream"));
    }

    /** The session aggregate of one session's play stream, or empty when nothing was played in it. */
    public static Optional<Session> session(History history, SessionId session) {
        return aggregate(Session.class, History.streamOf(session).value(), history.sessionEvents(session));
    }

    /** The aggregate {@code events} (payloads, at least one) fold into, whatever its stream id. */
    public static <A> A of(Class<A> type, Object... events) {
        return aggregate(type, type.getSimpleName(), List.of(events))
                .orElseThrow(() -> new IllegalArgumentException("no events, no aggregate"));
    }

    /** An aggregate folded from {@code events} (payloads), or empty when there are none: no stream, no aggregate. */
    public static <A> Optional<A> aggregate(Class<A> type, String aggregateId, List<?> events) {
        List<DomainEventMessage<?>> stream = new ArrayList<>();
        for (Object payload : events) {
            stream.add(new GenericDomainEventMessage<>(type.getSimpleName(), aggregateId, stream.size(), payload));
        }
        return StreamFold.of(type, stream);
    }
}
