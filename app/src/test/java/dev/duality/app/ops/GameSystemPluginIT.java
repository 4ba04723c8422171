package dev.duality.app.ops;

import dev.duality.app.persistence.SystemMigrations;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.GameSystems;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.system.SystemModule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Game systems plug in from their dependency alone: the running service's catalog holds exactly the systems on the
 * class path, and each system's migrations ran from its own location into its own history table.
 */
@DualityIntegrationTest
class GameSystemPluginIT {
    @Autowired
    MessageCatalog catalog;
    @Autowired
    DataSource dataSource;

    @Test
    void theServiceFindsEveryGameSystemOnTheClassPathAndNoOther() {
        assertThat(catalog.systems()).extracting(SystemModule::systemId)
                .containsExactlyInAnyOrderElementsOf(GameSystems.onClassPath().stream()
                        .map(SystemModule::systemId).toList())
                .contains("daggerheart");
    }

    @Test
    void eachSystemsMigrationsRanIntoAHistoryOfTheirOwn() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (SystemModule system : catalog.systems()) {
            String history = SystemMigrations.historyTable(system.systemId());
            assertThat(jdbc.queryForObject("select count(*) from " + history + " where success and version = '1'",
                    Integer.class)).as("%s applied its V1", history).isEqualTo(1);
        }
        // the core's history knows none of a system's migrations
        assertThat(jdbc.queryForList("select script from flyway_schema_history", String.class))
                .noneMatch(script -> script.contains("daggerheart"));
        assertThat(jdbc.queryForObject("select count(*) from daggerheart_characters", Integer.class)).isNotNull();
    }
}
