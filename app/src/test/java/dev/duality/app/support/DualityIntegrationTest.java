package dev.duality.app.support;

import dev.duality.app.DualityApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application on a real HTTP port and the shared test database. Every integration test uses exactly this
 * annotation, so they all share one cached application context. The admin token is {@link #ADMIN_TOKEN}. Live event
 * streams beat every second, so a test sees heartbeats without waiting 15 s, and never poll: every live event an
 * integration test receives came through this node's own notification (LiveStreamsTest covers polling). A request
 * may ask for a server fault after its commit ({@link AnswerFaults}); the journal reads one reshaped event's old
 * revision ({@link LegacyNoteUpcaster}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = DualityApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"axoniq.update-checker.disabled=true",
                "duality.admin.token=" + DualityIntegrationTest.ADMIN_TOKEN,
                "duality.live.heartbeat=1s", "duality.live.poll-interval=1h"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import({AnswerFaults.class, LegacyNoteUpcaster.class})
public @interface DualityIntegrationTest {
    /** The admin bearer token the shared test application is configured with ({@code duality.admin.token}). */
    String ADMIN_TOKEN = "test-admin-token";
}
