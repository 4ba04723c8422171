package dev.duality.app.support;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;


/**
 * Points the application at the shared test database instead of starting an embedded one of its own: the service as
 * its own role, the migrations as the owner.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Connection db = TestDatabase.get();
        context.getEnvironment().getPropertySources().addFirst(
                new MapPropertySource("duality-test-database", db.properties()));
    }
}
