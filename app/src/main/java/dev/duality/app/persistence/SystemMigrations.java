package dev.duality.app.persistence;

import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.system.SystemModule;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Comparator;

/**
 * Runs the core's migrations, then each game system's own: {@code classpath:db/system/<system id>}, recorded in a
 * history table of its own ({@code flyway_schema_history_<system id>}). A system's versions therefore start at V1
 * and never interleave with the core's or another system's, and adding a system never renumbers anything. All of it
 * runs as the owner of the tables, before JPA validates them; then the owner grants the service's role its privileges
 * on every table, so those a migration added are covered ({@link ServiceRole}).
 */
@Configuration(proxyBeanMethods = false)
public class SystemMigrations {
    /** Where a game system keeps its migrations, by convention. */
    public static String location(String systemId) {
        return "classpath:db/system/" + systemId;
    }

    public static String historyTable(String systemId) {
        return "flyway_schema_history_" + systemId;
    }

    @Bean
    FlywayMigrationStrategy coreThenSystems(MessageCatalog catalog, DatabaseProperties database) {
        return core -> {
            core.migrate();
            catalog.systems().stream().sorted(Comparator.comparing(SystemModule::systemId)).forEach(system -> {
                Flyway migrations = Flyway.configure(system.getClass().getClassLoader())
                        .configuration(core.getConfiguration())
                        .locations(location(system.systemId()))
                        .table(historyTable(system.systemId()))
                        // the schema already holds the core's tables: start this system's history at version 0
                        .baselineOnMigrate(true)
                        .baselineVersion("0")
                        .load();
                // a system without read models has no migrations, and gets no history table either
                if (migrations.info().all().length > 0) {
                    migrations.migrate();
                }
            });
            ServiceRole.grant(core.getConfiguration().getDataSource(), database.username());
        };
    }
}
