package dev.duality.app.ops;

import dev.duality.app.DualityApplication;
import dev.duality.app.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A crash in the default set-up: while clients send commands, the service's process and then its embedded PostgreSQL
 * (the postmaster and every backend) are killed with SIGKILL, as a power cut would stop them; restarted on the same
 * data directory, every command the service acknowledged is in the journal and in the read models. The service runs
 * in a JVM of its own, as only a separate process can be killed; the load is small (a few seconds) to keep this cheap.
 */
class CrashDurabilityIT {
    private static final String ADMIN_TOKEN = "crash-admin-token";
    private static final Duration START_UP = Duration.ofMinutes(3);

    @Test
    void everyAcknowledgedCommandSurvivesKillingTheServiceAndItsDatabase(@TempDir Path dir) throws Exception {
        Path dataDir = dir.resolve("postgres");
        int port = freePort();
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        Process first = start(dataDir, port, dir.resolve("first.log"));
        Process second = null;
        try {
            awaitReady(first, port, dir.resolve("first.log"));
            AtomicBoolean sending = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(4);
            for (int client = 0; client < 4; client++) {
                int id = client;
                clients.execute(() -> {
                    Api api = new Api(port);
                    for (int i = 0; sending.get(); i++) {
                        try {
                            Api.Response created = api.createCampaign("Crash " + id + "-" + i);
                            if (created.status() == 201) {
                                acknowledged.put(created.at("/campaign_id"), created.at("/access_token"));
                            }
                        } catch (RuntimeException connectionLost) {
                            // in flight when the service died: never acknowledged
                        }
                    }
                });
            }
            // a few seconds of load, at least ten answers, and commands in flight when the kill comes
            Instant until = Instant.now().plusSeconds(3);
            Instant giveUp = Instant.now().plus(START_UP);
            while ((Instant.now().isBefore(until) || acknowledged.size() < 10) && Instant.now().isBefore(giveUp)) {
                Thread.sleep(50);
            }
            first.destroyForcibly();
            killPostgres(dataDir);
            first.waitFor(30, TimeUnit.SECONDS);
            sending.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(10);

            second = start(dataDir, port, dir.resolve("second.log"));
            awaitReady(second, port, dir.resolve("second.log"));
            String journal = "jdbc:postgresql://127.0.0.1:" + postmasterPid(dataDir).get(3).trim() + "/postgres";
            try (var connection = DriverManager.getConnection(journal, "postgres", "");
                 var statement = connection.prepareStatement("select count(*) from domain_event_entry "
                         + "where payload_type = 'campaign.created' and aggregate_identifier = any (?)")) {
                statement.setArray(1, connection.createArrayOf("varchar", acknowledged.keySet().toArray()));
                try (var rows = statement.executeQuery()) {
                    rows.next();
                    assertThat(rows.getInt(1)).as("acknowledged campaigns in the journal").isEqualTo(acknowledged.size());
                }
            }
            List<String> missing = new ArrayList<>();
            Api api = new Api(port);
            acknowledged.forEach((campaignId, token) -> {
                if (api.as(token).get("/api/v1/campaigns/" + campaignId).status() != 200) {
                    missing.add(campaignId);
                }
            });
            assertThat(missing).as("acknowledged campaigns missing from the read models").isEmpty();
        } finally {
            first.destroyForcibly();
            if (second != null) {
                // a clean stop also stops its PostgreSQL
                second.destroy();
                if (!second.waitFor(60, TimeUnit.SECONDS)) {
                    second.destroyForcibly();
                }
            }
            killPostgres(dataDir);
        }
    }

    /** The service as it is run: its own JVM, the test's class path, the embedded database in {@code dataDir}. */
    private static Process start(Path dataDir, int port, Path log) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), DualityApplication.class.getName(),
                "--server.port=" + port, "--duality.database.url=",
                "--duality.database.embedded.data-dir=" + dataDir, "--duality.admin.token=" + ADMIN_TOKEN)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitReady(Process service, int port, Path log) throws Exception {
        Instant deadline = Instant.now().plus(START_UP);
        Api api = new Api(port);
        while (Instant.now().isBefore(deadline)) {
            assertThat(service.isAlive()).as("the service exited: %s", tail(log)).isTrue();
            try {
                if (api.get("/actuator/health").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYetListening) {
                // starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the service did not start in " + START_UP + ": " + tail(log));
    }

    /** SIGKILL to the postmaster and every backend, so nothing it held only in memory reaches the disk. */
    private static void killPostgres(Path dataDir) throws Exception {
        if (!Files.exists(dataDir.resolve("postmaster.pid"))) {
            return;
        }
        long pid = Long.parseLong(postmasterPid(dataDir).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElse(null);
        if (postmaster == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(0, postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : all) {
            process.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> postmasterPid(Path dataDir) throws IOException {
        return Files.readAllLines(dataDir.resolve("postmaster.pid"));
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
