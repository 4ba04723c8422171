package dev.duality.sys.fable;

import dev.duality.projections.ReadModels;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Fable's read model: the lines of each campaign's chronicle, in order, with each line's first word in a short column.
 * It fails on purpose for the dead-letter tests: on a line whose first word is too long for its column (a database
 * error), and on lines starting with {@link #refusing} while a test sets it.
 */
@Component
@ProcessingGroup("fable-tales")
public class TaleProjection {
    /** While not null, the handler throws on lines starting with it, as a projection with a bug would. */
    public static volatile String refusing;

    /** Every line of a campaign's chronicle. */
    public record ListTales(String campaignId) {
    }

    public record TaleView(int number, String line) {
    }

    @PersistenceContext
    private EntityManager em;

    @EventHandler
    void on(TaleTold event) {
        String line = event.line().value();
        String refused = refusing;
        if (refused != null && line.startsWith(refused)) {
            throw new IllegalStateException("the tale projection cannot take lines starting with " + refused);
        }
        ReadModels.upsert(em, TaleRow.class, new TaleRow.Key(event.campaignId().value(), event.number()),
                () -> new TaleRow(event.campaignId().value(), event.number()), row -> {
                    row.line = line;
                    row.opening = line.split(" ", 2)[0];
                });
    }

    @ResetHandler
    void reset() {
        em.createQuery("delete from TaleRow").executeUpdate();
    }

    @QueryHandler
    public List<TaleView> handle(ListTales query) {
        return em.createQuery("select t from TaleRow t where t.campaignId = :c order by t.number", TaleRow.class)
                .setParameter("c", query.campaignId()).getResultStream()
                .map(row -> new TaleView(row.number, row.line)).toList();
    }
}
