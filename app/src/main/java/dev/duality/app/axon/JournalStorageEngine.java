package dev.duality.app.axon;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Axon's JPA journal, with two changes: how streaming processors treat gaps in the global index, and older snapshots
 * are kept when a newer one is stored (the service's role may not delete from the append-only snapshot table, and an
 * older snapshot is the fall-back when {@link TrustedSnapshots} refuses a newer one).
 *
 * <p>A gap is an index a transaction has taken (one sequence value per event, in order) but not yet committed, or
 * taken and then rolled back. Axon forgets a gap after a fixed time (60 s), or at once when it reads an event older
 * than that, as a processor catching up does: a transaction still open then has its events skipped for good. Here a
 * gap is forgotten only when PostgreSQL shows that the transaction that could hold it has ended, and after one more
 * read of the journal has found no event there: the gap's holder began before its index was taken, which was before
 * the event above the gap that made it a gap was taken, so once every transaction still running began after the gap
 * was first seen, its holder has either committed (and the next read finds its event) or rolled back.
 *
 * <p>The rule reads {@code pg_stat_activity}, which shows the service's role its own sessions: a transaction of
 * another role that appends events (none does) would not be waited for.
 */
public class JournalStorageEngine extends JpaEventStorageEngine {
    private static final Logger LOG = LoggerFactory.getLogger(JournalStorageEngine.class);
    private static final long LOWEST_GLOBAL_INDEX = 1;
    /** Indexes per query of {@link #readAt}: far below PostgreSQL's limit on bind parameters. */
    private static final int IN_LIST = 1000;
    /** A gap seen this long ago whose holder has ended needs no memory: seen again, it ends at the next read. */
    private static final long FORGET_AFTER_MICROS = TimeUnit.MINUTES.toMicros(10);

    private final TransactionManager transactions;
    /** When each open gap was first seen (the database's clock, in microseconds). */
    private final Map<Long, Long> gapsSeenAt = new ConcurrentHashMap<>();

    public JournalStorageEngine(JpaEventStorageEngine.Builder builder, TransactionManager transactions) {
        super(builder.transactionManager(transactions));
        this.transactions = transactions;
    }

    @Override
    protected void deleteSnapshots(String aggregateIdentifier, long sequenceNumber) {
        // kept: see the class comment
    }

    /**
     * The events at these global indexes, in journal order, upcast and deserialized as a processor reads them: one
     * campaign's events picked out of the journal without reading the others'. Call it in a transaction.
     */
    public Stream<TrackedEventMessage<?>> readAt(List<Long> globalIndexes) {
        List<TrackedEventData<?>> data = new ArrayList<>(globalIndexes.size());
        for (int from = 0; from < globalIndexes.size(); from += IN_LIST) {
            List<Object[]> entries = entityManager().createQuery("SELECT e.globalIndex, e.type, "
                            + "e.aggregateIdentifier, e.sequenceNumber, e.eventIdentifier, e.timeStamp, e.payloadType, "
                            + "e.payloadRevision, e.payload, e.metaData FROM " + domainEventEntryEntityName() + " e "
                            + "WHERE e.globalIndex IN :indexes ORDER BY e.globalIndex ASC", Object[].class)
                    .setParameter("indexes", globalIndexes.subList(from, Math.min(globalIndexes.size(),
                            from + IN_LIST)))
                    .getResultList();
            for (Object[] entry : entries) {
                data.add(new TrackedDomainEventData<>(new GlobalSequenceTrackingToken((Long) entry[0]),
                        domainEntry(entry)));
            }
        }
        return EventUtils.upcastAndDeserializeTrackedEvents(data.stream(), getEventSerializer(), upcasterChain);
    }

    private static GenericDomainEventEntry<?> domainEntry(Object[] entry) {
        String aggregateIdentifier = (String) entry[2];
        String eventIdentifier = (String) entry[4];
        return new GenericDomainEventEntry<>((String) entry[1],
                eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier, (long) entry[3],
                eventIdentifier, entry[5], (String) entry[6], (String) entry[7], entry[8], entry[9]);
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        if (lastToken != null && !(lastToken instanceof GapAwareTrackingToken)) {
            throw new IllegalArgumentException("the journal's tokens are gap-aware, not " + lastToken);
        }
        GapAwareTrackingToken previous = (GapAwareTrackingToken) lastToken;
        // decided before the read: a gap whose holder had ended then is in this read if it was committed
        Set<Long> ended = previous == null || previous.getGaps().isEmpty() ? Set.of() : endedGaps(previous.getGaps());
        List<Object[]> entries = transactions.fetchInTransaction(() -> fetchEvents(previous));
        GapAwareTrackingToken token = withoutAbandoned(previous, ended, entries);
        List<TrackedEventData<?>> result = new ArrayList<>(entries.size());
        for (Object[] entry : entries) {
            long globalIndex = (Long) entry[0];
            GenericDomainEventEntry<?> event = domainEntry(entry);
            // every index below is kept as a gap, however old the event: the rule above forgets them
            token = token == null
                    ? GapAwareTrackingToken.newInstance(globalIndex, LongStream.range(
                            Math.min(LOWEST_GLOBAL_INDEX, globalIndex), globalIndex).boxed()
                            .collect(Collectors.toCollection(TreeSet::new)))
                    : token.advanceTo(globalIndex, Integer.MAX_VALUE);
            result.add(new TrackedDomainEventData<>(token, event));
        }
        return result;
    }

    /** The gaps whose holders had all ended by now: first seen before the oldest transaction still running began. */
    private Set<Long> endedGaps(SortedSet<Long> gaps) {
        Object[] clocks = transactions.fetchInTransaction(() -> (Object[]) entityManager().createNativeQuery(
                "select (extract(epoch from clock_timestamp()) * 1000000)::bigint, "
                        + "(select (extract(epoch from min(xact_start)) * 1000000)::bigint from pg_stat_activity "
                        + "where datname = current_database() and backend_type = 'client backend' "
                        + "and pid <> pg_backend_pid() and xact_start is not null)")
                .getSingleResult());
        long now = ((Number) clocks[0]).longValue();
        long oldestRunning = clocks[1] == null ? now : ((Number) clocks[1]).longValue();
        Set<Long> ended = new TreeSet<>();
        for (Long gap : gaps) {
            if (gapsSeenAt.computeIfAbsent(gap, g -> now) < oldestRunning) {
                ended.add(gap);
            }
        }
        gapsSeenAt.values().removeIf(seen -> seen < oldestRunning - FORGET_AFTER_MICROS);
        return ended;
    }

    /**
     * The token without the ended gaps this read proves empty: those below the last index it returned, or all if it
     * returned less than a full batch (it reads gaps and the indexes above the token in one ascending order).
     */
    private GapAwareTrackingToken withoutAbandoned(GapAwareTrackingToken previous, Set<Long> ended,
                                                   List<Object[]> entries) {
        if (ended.isEmpty()) {
            return previous;
        }
        Set<Long> read = entries.stream().map(entry -> (Long) entry[0]).collect(Collectors.toSet());
        long readUpTo = entries.size() < batchSize() ? Long.MAX_VALUE : (Long) entries.get(entries.size() - 1)[0];
        SortedSet<Long> abandoned = ended.stream().filter(gap -> gap < readUpTo && !read.contains(gap))
                .collect(Collectors.toCollection(TreeSet::new));
        if (abandoned.isEmpty()) {
            return previous;
        }
        LOG.debug("global indexes {} were taken by transactions that ended without committing them", abandoned);
        SortedSet<Long> open = new TreeSet<>(previous.getGaps());
        open.removeAll(abandoned);
        return GapAwareTrackingToken.newInstance(previous.getIndex(), open);
    }
}
