package dev.duality.core.testing;

import dev.duality.core.campaign.Campaign;
import dev.duality.core.session.Session;
import dev.duality.core.session.api.SessionStreamId;
import dev.duality.core.system.AggregateLookup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The runtime's {@link AggregateLookup} for fixture tests: serves the campaign and its sessions' aggregates folded
 * from the {@link History} it was last given (a session nothing was played in has no stream, so none), and nothing
 * else. Registered as an injectable resource, it is what a Session decider reads the campaign through. Records every
 * read, so a test can prove what the decider looked at.
 */
public final class HistoryLookup implements AggregateLookup {
    private History history = History.draft();
    private final List<String> reads = new ArrayList<>();

    /** Serves {@code history} from now on. */
    public HistoryLookup serve(History served) {
        this.history = served;
        reads.clear();
        return this;
    }

    @Override
    public <A, R> Optional<R> read(Class<A> aggregateType, String aggregateId, Function<A, R> reader) {
        reads.add(aggregateId);
        Optional<?> aggregate = Optional.empty();
        if (aggregateType == Campaign.class && History.CAMPAIGN.value().equals(aggregateId)) {
            aggregate = Optional.of(Folded.campaign(history));
        } else if (aggregateType == Session.class) {
            aggregate = SessionStreamId.parse(aggregateId).filter(stream -> stream.campaignId().equals(History.CAMPAIGN))
                    .flatMap(stream -> Folded.session(history, stream.sessionId()));
        }
        return aggregate.map(aggregateType::cast).map(reader);
    }

    /** The aggregate ids read since the history was last served, in order. */
    public List<String> reads() {
        return List.copyOf(reads);
    }
}
