package dev.duality.app.support;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application with the Fable test system at a database of its own: its journal holds Fable's events, on
 * which the shared application (without Fable) would rightly refuse to start.
 */
public class FableDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(
                new MapPropertySource("duality-fable-database", TestDatabase.separate("fable").properties()));
    }
}
