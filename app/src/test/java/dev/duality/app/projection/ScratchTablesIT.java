package dev.duality.app.projection;

import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Connection;
import java.util.List;

import static dev.duality.app.support.Problems.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scratch tables shadow the live ones also for statements a connection prepared before they existed: PostgreSQL keeps
 * a prepared statement's table while the search path's value stays the same, so only setting the path makes it look in
 * the temporary schema first (reads of the past, {@code verify} and the shadow comparison all rely on it).
 */
@DualityIntegrationTest
class ScratchTablesIT extends ServiceIntegrationTest {

    @Test
    void aStatementPreparedBeforeTheScratchTablesReadsThemOnceTheyExist() throws Exception {
        ok(anonymous.createCampaign("At least one live campaign"), 201);
        try (Connection connection = dataSource.getConnection()) {
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            // the connection's temporary schema exists before the statement is prepared, as on a pooled connection
            // that served an earlier read of the past
            jdbc.execute("create temporary table warm_up (x int)");
            jdbc.execute("drop table warm_up");
            jdbc.execute("prepare live_campaigns as select count(*) from campaigns");
            try {
                long live = jdbc.queryForObject("execute live_campaigns", Long.class);
                assertThat(live).isPositive();
                connection.setAutoCommit(false);
                try {
                    ScratchTables.create(jdbc, List.of("campaigns"), null);
                    assertThat(jdbc.queryForObject("execute live_campaigns", Long.class))
                            .as("the empty scratch copy, not the live table").isZero();
                } finally {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
                assertThat(jdbc.queryForObject("execute live_campaigns", Long.class)).isEqualTo(live);
            } finally {
                jdbc.execute("deallocate live_campaigns");
            }
        }
    }
}
