package dev.duality.app.journal;

import dev.duality.app.axon.RecordedTypes;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.Journal;
import dev.duality.app.support.ServiceIntegrationTest;
import dev.duality.core.catalog.CatalogException;
import dev.duality.core.catalog.CatalogProblem;
import dev.duality.core.catalog.MessageCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The start-up check of the journal's event types, on the real journal: an event of a type no module registers (a
 * game system left out of the build) stops the start, naming the type, unless an upcaster is declared to rename it.
 * The unknown event is written in a transaction that is rolled back, so the shared journal never holds it.
 */
@DualityIntegrationTest
class RecordedTypesIT extends ServiceIntegrationTest {
    @Autowired
    MessageCatalog catalog;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anEventTypeNoModuleRegistersStopsTheStart() {
        String campaignId = anonymous.createCampaign("Left-out system").at("/campaign_id");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThatCode(() -> RecordedTypes.check(jdbc, catalog, List.of())).doesNotThrowAnyException();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                Journal.appendRow(connection, campaignId, "sys.gone.thing_happened", null, "{}", Instant.now());
                return null;
            });
            Throwable refused = catchThrowable(() -> RecordedTypes.check(jdbc, catalog, List.of()));
            assertThat(refused).isInstanceOfSatisfying(CatalogException.class, e -> {
                assertThat(e.problem()).isEqualTo(CatalogProblem.UNKNOWN_RECORDED_TYPE);
                assertThat(e.type()).isEqualTo("sys.gone.thing_happened");
            });
            assertThatCode(() -> RecordedTypes.check(jdbc, catalog, List.of("sys.gone.thing_happened")))
                    .doesNotThrowAnyException();
        });
    }
}
