package dev.duality.app.axon;

import dev.duality.core.catalog.CatalogException;
import dev.duality.core.catalog.CatalogProblem;
import dev.duality.core.catalog.MessageCatalog;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * The start-up check that every event type the journal holds is one the catalog knows: an unknown one would be
 * skipped by every projection and aggregate, silently. One scan of the journal's types per start.
 */
public final class RecordedTypes {
    private RecordedTypes() {
    }

    /**
     * @param upcast old type names an upcaster renames as they are read ({@code duality.journal.upcast-types})
     * @throws CatalogException {@link CatalogProblem#UNKNOWN_RECORDED_TYPE} naming the first unknown type
     */
    public static void check(JdbcTemplate jdbc, MessageCatalog catalog, List<String> upcast) {
        for (String type : jdbc.queryForList("select distinct payload_type from domain_event_entry order by 1",
                String.class)) {
            if (catalog.payloadClass(type).isEmpty() && !upcast.contains(type)) {
                throw new CatalogException(CatalogProblem.UNKNOWN_RECORDED_TYPE, type, "the journal holds events of "
                        + "this type but no module registers it: start with the module that does, or name it in "
                        + "duality.journal.upcast-types if an upcaster renames it");
            }
        }
    }
}
