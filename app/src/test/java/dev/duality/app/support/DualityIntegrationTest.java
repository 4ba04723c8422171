package dev.duality.app.support;

import dev.duality.app.DualityApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a real HTTP port and the shared test database. Every integration test uses exactly this
 * annotation, so they all share one cached application context. The admin token is configured here, once, as
 * {@link #ADMIN_TOKEN}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = DualityApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"axoniq.update-checker.disabled=true",
                "duality.admin.token=" + DualityIntegrationTest.ADMIN_TOKEN})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface DualityIntegrationTest {
    /** The operator's bearer token ({@code duality.admin.token}) in every integration test's application. */
    String ADMIN_TOKEN = "duality-test-admin-token";
}
