package dev.duality.app.ops;

import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.Journal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A campaign's commands run one after another on every node of the database: each takes the campaign's lock in the
 * database before anything is decided and keeps it until it commits, so a command waits while another node's command
 * of the same campaign runs, and its events enter the journal after that one's.
 */
@DualityIntegrationTest
class CampaignCommandLockIT {
    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;

    @Test
    void aCommandWaitsWhileAnotherTransactionHoldsItsCampaign() throws Exception {
        Api.Response created = new Api(port).createCampaign("Held");
        assertThat(created.status()).isEqualTo(201);
        String campaign = created.at("/campaign_id");
        Api owner = new Api(port).as(created.at("/access_token"));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Journal journal = new Journal(dataSource);
        long key = jdbc.queryForObject("select hashtextextended(?, 0)", Long.class, campaign);

        CompletableFuture<Api.Response> note;
        int before;
        try (Connection otherNode = dataSource.getConnection()) {
            otherNode.setAutoCommit(false);
            try (PreparedStatement hold = otherNode.prepareStatement(
                    "select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                hold.setString(1, campaign);
                hold.execute();
            }
            before = journal.types(campaign).size();
            note = CompletableFuture.supplyAsync(() -> owner.post("/api/v1/campaigns/" + campaign + "/notes",
                    "{\"content\": \"Written once the other node is done\"}"));

            // the command asks for the campaign's lock and waits: nothing of it is in the journal yet
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                    "select count(*) from pg_locks where locktype = 'advisory' and not granted "
                            + "and classid::bigint = ? and objid::bigint = ?", Integer.class,
                    key >>> 32, key & 0xffffffffL)).isEqualTo(1));
            assertThat(note).isNotDone();
            assertThat(journal.types(campaign)).hasSize(before);
            otherNode.commit();
        }

        assertThat(note.get().status()).as(note.get().text()).isEqualTo(204);
        assertThat(journal.types(campaign)).hasSize(before + 1).last().isEqualTo("story.note_added");
    }
}
