package dev.duality.core.testing;

import dev.duality.core.system.AggregateLookup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The runtime's {@link AggregateLookup} reduced to a map of existing aggregates by id (empty unless told), recording
 * every read so a test can prove which aggregate a decision looked at.
 */
public final class FakeAggregateLookup implements AggregateLookup {
    private final Map<String, Object> aggregates = new HashMap<>();
    private final List<Read> reads = new ArrayList<>();

    /** One call of {@link #read}. */
    public record Read(Class<?> aggregateType, String aggregateId) {
    }

    /** Makes {@code aggregate} exist under {@code aggregateId}. */
    public FakeAggregateLookup with(String aggregateId, Object aggregate) {
        aggregates.put(aggregateId, aggregate);
        return this;
    }

    @Override
    public <A, R> Optional<R> read(Class<A> aggregateType, String aggregateId, Function<A, R> reader) {
        reads.add(new Read(aggregateType, aggregateId));
        Object aggregate = aggregates.get(aggregateId);
        if (aggregate == null) {
            return Optional.empty();
        }
        if (!aggregateType.isInstance(aggregate)) {
            throw new IllegalStateException(aggregateId + " is a " + aggregate.getClass().getSimpleName()
                    + ", read as a " + aggregateType.getSimpleName());
        }
        return Optional.ofNullable(reader.apply(aggregateType.cast(aggregate)));
    }

    /** Every read so far, in order. */
    public List<Read> reads() {
        return List.copyOf(reads);
    }
}
