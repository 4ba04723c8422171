package dev.duality.app.web;

import com.zaxxer.hikari.HikariDataSource;
import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.ServiceIntegrationTest;
import dev.duality.app.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dev.duality.app.web.BadInputIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Real database faults, made to happen in PostgreSQL while a request runs: a lock the command needs stays held past
 * its lock_timeout, a deadlock, no connection to be had. Each is a 503 problem+json with Retry-After and a stable
 * code, nothing written, and the next request succeeds.
 */
@DualityIntegrationTest
class DatabaseFaultIT extends ServiceIntegrationTest {
    private Api owner;
    private String campaignId;
    private String campaign;

    @BeforeEach
    void campaign() {
        Api.Response created = anonymous.createCampaign("Database faults");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        owner = anonymous.as(created.at("/access_token"));
        campaignId = created.at("/campaign_id");
        campaign = "/api/v1/campaigns/" + campaignId;
    }

    @Test
    void aCampaignLockHeldPastTheLockTimeoutIsDatabaseBusy() throws Exception {
        long before = journal.size();
        try (Connection holder = testConnection()) {
            // the lock every command of the campaign takes first (CampaignCommandLock)
            holder.setAutoCommit(false);
            campaignLock(holder);
            withPoolSetting("lock_timeout", "300ms", () -> {
                Api.Response refused = owner.patch(campaign, "{\"name\": \"Renamed\"}");

                assertProblem(refused, 503, "DATABASE_BUSY", null);
                assertThat(refused.header("Retry-After")).isEqualTo("1");
            });
            holder.rollback();
        }
        assertThat(journal.size()).as("events written").isEqualTo(before);
        assertThat(owner.patch(campaign, "{\"name\": \"Renamed\"}").status()).isEqualTo(200);
    }

    @Test
    void theLoserOfADeadlockIsDatabaseBusy() throws Exception {
        long before = journal.size();
        try (Connection holder = testConnection()) {
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                // the command's deadlock check runs first: the holder would wait half a minute before its own
                statement.execute("SET deadlock_timeout = '30s'");
                // the command takes the campaign lock, then needs to append to the journal: the holder has it
                statement.execute("LOCK TABLE domain_event_entry IN SHARE ROW EXCLUSIVE MODE");
            }
            int holderPid = pid(holder);
            // a thread of its own: the common pool may be busy with the application's own work
            CompletableFuture<Api.Response> rename = CompletableFuture.supplyAsync(
                    () -> owner.patch(campaign, "{\"name\": \"Renamed\"}"), runnable -> new Thread(runnable).start());
            await().atMost(20, TimeUnit.SECONDS).until(() -> appendBlockedBy(holderPid));
            // the holder now waits for the campaign lock the command holds: a cycle, which PostgreSQL breaks
            campaignLock(holder);
            Api.Response refused = rename.get(20, TimeUnit.SECONDS);

            assertProblem(refused, 503, "DATABASE_BUSY", null);
            assertThat(refused.header("Retry-After")).isEqualTo("1");
            holder.rollback();
        }
        assertThat(journal.size()).as("events written").isEqualTo(before);
    }

    @Test
    void noConnectionToBeHadIsDatabaseUnavailable() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        long timeout = pool.getConnectionTimeout();
        List<Connection> taken = new ArrayList<>();
        Api admin = anonymous.as(DualityIntegrationTest.ADMIN_TOKEN);
        try {
            connectionTimeout(pool, 250);
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                taken.add(pool.getConnection());
            }

            // a participant's token is looked up in a filter, the admin's request fails in its query handler
            Api.Response filter = owner.get(campaign);
            Api.Response handler = admin.get(campaign);

            assertProblem(filter, 503, "DATABASE_UNAVAILABLE", null);
            assertThat(filter.header("Retry-After")).isEqualTo("1");
            assertProblem(handler, 503, "DATABASE_UNAVAILABLE", null);
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
            connectionTimeout(pool, timeout);
        }
        assertThat(owner.get(campaign).status()).isEqualTo(200);
    }

    /**
     * A pool waits this long for a free connection. Hikari reads a changed setting only at its next housekeeping
     * (up to 30 s later), so the running pool gets it too, at once.
     */
    private static void connectionTimeout(HikariDataSource pool, long millis) throws ReflectiveOperationException {
        pool.setConnectionTimeout(millis);
        Field running = HikariDataSource.class.getDeclaredField("pool");
        running.setAccessible(true);
        Field timeout = Class.forName("com.zaxxer.hikari.pool.PoolBase").getDeclaredField("connectionTimeout");
        timeout.setAccessible(true);
        timeout.setLong(running.get(pool), millis);
    }

    private void campaignLock(Connection holder) throws SQLException {
        try (PreparedStatement lock = holder.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            lock.setString(1, campaignId);
            lock.execute();
        }
    }

    /** Whether the command, appending its events, waits for the journal lock this test's connection holds. */
    private boolean appendBlockedBy(int holderPid) throws SQLException {
        try (Connection probe = testConnection();
             PreparedStatement blocked = probe.prepareStatement("select count(*) from pg_stat_activity"
                     + " where ? = any(pg_blocking_pids(pid)) and query ilike 'insert into domain_event_entry%'")) {
            blocked.setInt(1, holderPid);
            try (ResultSet rows = blocked.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    private static int pid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /**
     * Runs {@code body} with a session setting on every connection of the application's pool, then resets it: the
     * shared application keeps no lock_timeout of its own, and every other test runs without one.
     */
    private void withPoolSetting(String name, String value, ThrowingRunnable body) throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        onEveryConnection(pool, "SET " + name + " = '" + value + "'");
        try {
            body.run();
        } finally {
            onEveryConnection(pool, "RESET " + name);
        }
    }

    private static void onEveryConnection(HikariDataSource pool, String sql) throws SQLException {
        List<Connection> all = new ArrayList<>();
        try {
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                Connection connection = pool.getConnection();
                all.add(connection);
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                }
            }
        } finally {
            for (Connection connection : all) {
                connection.close();
            }
        }
    }

    /** The owner's: locking the journal and setting deadlock_timeout are beyond the service's own role. */
    private static Connection testConnection() throws SQLException {
        return TestDatabase.get().asOwner();
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
