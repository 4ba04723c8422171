package dev.duality.app.ops;

import dev.duality.app.DualityApplication;
import dev.duality.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The service refuses to start where it could rewrite the journal. Each case boots the whole service on the shared
 * test database with one setting wrong, so it needs a context of its own (it never starts).
 */
class ServiceRoleIT {

    @Test
    void theServiceRefusesToRunAsTheOwnerOfTheJournal() {
        TestDatabase.Connection db = TestDatabase.get();
        Throwable failure = catchThrowable(() -> boot(Map.of("duality.database.username", db.ownerUsername(),
                "duality.database.password", db.ownerPassword())));
        assertThat(rootCause(failure)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the service's database role " + db.ownerUsername())
                .hasMessageContaining("owns the journal tables")
                .hasMessageContaining("may update, delete or truncate the journal");
    }

    @Test
    void anExternalDatabaseNeedsTheOwnersRoleForTheMigrations() {
        Throwable failure = catchThrowable(() -> boot(Map.of("duality.database.owner-username", "")));
        assertThat(rootCause(failure)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("duality.database.owner-username");
    }

    private static void boot(Map<String, Object> overrides) {
        DualityApplication.disableAxonUpdateChecker();
        Map<String, Object> properties = new HashMap<>(TestDatabase.get().properties());
        properties.putAll(overrides);
        properties.put("server.port", 0);
        new SpringApplicationBuilder(DualityApplication.class)
                .run(properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                        .toArray(String[]::new)).close();
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
