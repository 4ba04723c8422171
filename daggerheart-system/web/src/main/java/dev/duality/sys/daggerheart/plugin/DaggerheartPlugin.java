package dev.duality.sys.daggerheart.plugin;

import dev.duality.sys.daggerheart.DaggerheartModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/**
 * Plugs Daggerheart into a Duality service from its dependency alone (Spring Boot finds this auto-configuration in
 * the jar): the system module with its messages and aggregates, its read models and their entities, and its HTTP
 * endpoints. Its tables come from its own migrations in {@code db/system/daggerheart}, which the service runs with a
 * history of their own. Scanning stays inside Daggerheart's own packages, so the plug-in registers only itself.
 */
@AutoConfiguration
@ComponentScan("dev.duality.sys.daggerheart")
@EntityScan("dev.duality.sys.daggerheart")
public class DaggerheartPlugin {

    @Bean
    DaggerheartModule daggerheartModule() {
        return new DaggerheartModule();
    }
}
