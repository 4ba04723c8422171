package dev.duality.app.support;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/** Points the application at the shared test database instead of starting an embedded one of its own. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Connection db = TestDatabase.get();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("duality-test-database", Map.of(
                "duality.database.url", db.url(),
                "duality.database.username", db.username(),
                "duality.database.password", db.password())));
    }
}
