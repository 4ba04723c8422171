package dev.duality.app.ops;

import dev.duality.app.support.Api;
import dev.duality.app.support.FaultyProxy;
import dev.duality.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.duality.app.support.Problems.ok;
import static dev.duality.app.ops.AsyncApplyModeIT.port;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Commands under database faults: the service reaches PostgreSQL through a proxy that delays every exchange and cuts
 * connections at random (seeded). Every command is either acknowledged, and then in the journal exactly once, or
 * answered with a problem naming a code, and never a 500; retried with its Idempotency-Key once the faults stop, each
 * lands exactly once. Runs a service of its own on the shared test database.
 */
class FaultInjectionIT {
    private static final long SEED = 20261207L;
    private static final int CLIENTS = 4;
    private static final int NOTES_EACH = 15;

    @Test
    void everyAcknowledgedCommandIsInTheJournalOnceAndEveryFailureIsReported(@TempDir Path unused) throws Exception {
        TestDatabase.Connection db = TestDatabase.get();
        URI target = URI.create(db.url().substring("jdbc:".length()));
        try (FaultyProxy proxy = new FaultyProxy(target.getHost(), target.getPort(), SEED);
             ConfigurableApplicationContext app = start(db, proxy, unused)) {
            Api api = new Api(port(app));
            Api.Response created = ok(api.createCampaign("Through faults"), 201);
            String campaignId = created.at("/campaign_id");
            Api owner = api.as(created.at("/access_token"));
            String notes = "/api/v1/campaigns/" + campaignId + "/notes";

            proxy.faults(0.01, 3);
            Map<Integer, Api.Response> answers = new ConcurrentHashMap<>();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int client = 0; client < CLIENTS; client++) {
                    int first = client * NOTES_EACH;
                    running.add(clients.submit(() -> {
                        for (int note = first; note < first + NOTES_EACH; note++) {
                            answers.put(note, send(owner, notes, note));
                        }
                    }));
                }
                for (Future<?> client : running) {
                    client.get();
                }
            } finally {
                clients.shutdownNow();
            }
            proxy.noFaults();

            List<Integer> failed = new ArrayList<>();
            answers.forEach((note, answer) -> {
                if (answer.status() == 204) {
                    return;
                }
                failed.add(note);
                // every failure is reported as a problem with a code, and none is the service's own fault
                assertThat(answer.status()).as("note %d: %s", note, answer.text()).isNotEqualTo(500);
                assertThat(answer.header("Content-Type")).as("note %d", note).startsWith("application/problem+json");
                assertThat(answer.at("/code")).as("note %d: %s", note, answer.text()).isNotBlank();
            });
            assertThat(proxy.dropped()).as("connections cut").isPositive();
            for (int note = 0; note < CLIENTS * NOTES_EACH; note++) {
                if (answers.get(note).status() == 204) {
                    assertThat(timesInJournal(db, campaignId, note)).as("acknowledged note %d", note).isOne();
                } else {
                    assertThat(timesInJournal(db, campaignId, note)).as("failed note %d", note).isBetween(0, 1);
                }
            }
            // the faults are gone: a retry with the same key lands what had not landed, and nothing twice
            for (int note : failed) {
                // a key whose release the faults cut stays claimed until its lease runs out: then the retry takes it
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                        assertThat(send(owner, notes, note).status()).as("note %d retried", note).isEqualTo(204));
            }
            for (int note = 0; note < CLIENTS * NOTES_EACH; note++) {
                assertThat(timesInJournal(db, campaignId, note)).as("note %d in the end", note).isOne();
            }
        }
    }

    private static Api.Response send(Api owner, String notes, int note) {
        return owner.post(notes, "{\"content\": \"Through faults " + note + ".\"}",
                Map.of("Idempotency-Key", "fault-" + SEED + "-" + note));
    }

    /** The service on the shared test database, reached through the proxy (no embedded database is started). */
    private static ConfigurableApplicationContext start(TestDatabase.Connection db, FaultyProxy proxy, Path unused) {
        URI target = URI.create(db.url().substring("jdbc:".length()));
        List<String> args = new ArrayList<>(db.arguments().stream()
                .filter(arg -> !arg.startsWith("--duality.database.url=")).toList());
        args.add("--duality.database.url=" + db.url().replace(target.getHost() + ":" + target.getPort(),
                "127.0.0.1:" + proxy.port()));
        args.add("--duality.idempotency.lease=3s");
        return AsyncApplyModeIT.start(unused, "inline", args.toArray(String[]::new));
    }

    /** How often the note is in the journal, read directly, not through the proxy. */
    private static int timesInJournal(TestDatabase.Connection db, String campaignId, int note) throws Exception {
        try (Connection connection = DriverManager.getConnection(db.url(), db.username(), db.password());
             PreparedStatement count = connection.prepareStatement("select count(*) from domain_event_entry "
                     + "where aggregate_identifier = ? and payload_type = 'story.note_added' "
                     + "and convert_from(payload, 'UTF8') like ?")) {
            count.setString(1, campaignId);
            count.setString(2, "%\"Through faults " + note + ".\"%");
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
