package dev.duality.app.ops;

import dev.duality.app.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.duality.app.support.Problems.ok;
import static dev.duality.app.ops.AsyncApplyModeIT.port;
import static dev.duality.app.ops.AsyncApplyModeIT.start;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The async mode with fewer pooled connections than concurrent commands of one campaign: every command is answered.
 * A command that, after its commit, asked the pool for a connection (to read its events' journal positions for
 * read-your-writes) while its unit of work still held the campaign aggregate's lock deadlocked with the commands of
 * the same campaign that held the other connections and waited for that lock (found by the benchmark's S7; the pool's
 * 30 s timeout then answered 503).
 */
class AsyncPoolIT {

    @Test
    void concurrentCommandsOfOneCampaignAreAllAnsweredWithAPoolSmallerThanTheLoad(@TempDir Path dataDir)
            throws Exception {
        try (ConfigurableApplicationContext app = start(dataDir, "async", "--duality.database.pool-size=3",
                "--duality.projections.segments=1")) {
            Api api = new Api(port(app));
            Api.Response created = ok(api.createCampaign("Small pool"), 201);
            String campaign = created.at("/campaign_id");
            String owner = created.at("/owner_participant_id");
            Api gm = api.as(created.at("/access_token"));
            ExecutorService clients = Executors.newFixedThreadPool(8);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < 32; i++) {
                    String name = "Hero " + i;
                    answers.add(clients.submit(() -> gm.createCharacter(campaign, name, "pc", owner).status()));
                }
                for (Future<Integer> answer : answers) {
                    assertThat(answer.get()).isEqualTo(201);
                }
            } finally {
                clients.shutdownNow();
            }
            assertThat(ok(gm.get("/api/v1/campaigns/" + campaign + "/characters"), 200).json().at("/items").size())
                    .isEqualTo(32);
        }
    }
}
