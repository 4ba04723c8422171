package dev.duality.app.ops;

import dev.duality.app.DualityApplication;
import dev.duality.app.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code duality.projections.apply-mode=async}: a command returns once its events are appended, and pooled streaming
 * processors bring every read model up to date after it, keeping their progress in {@code token_entry}. Runs on a
 * database of its own so the processors start from an empty journal.
 */
class AsyncApplyModeIT {

    @Test
    void readModelsCatchUpAfterTheCommandReturnsAndProcessorsKeepTokens(@TempDir Path dataDir) {
        DualityApplication.disableAxonUpdateChecker();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(DualityApplication.class).run(
                "--server.port=0", "--duality.database.url=",
                "--duality.database.embedded.data-dir=" + dataDir.resolve("postgres"),
                "--duality.projections.apply-mode=async")) {
            Api api = new Api(((WebServerApplicationContext) app).getWebServer().getPort());
            Api.Response created = api.createCampaign("Eventually");
            assertThat(created.status()).isEqualTo(201);
            Api owner = api.as(created.at("/access_token"));
            String campaign = "/api/v1/campaigns/" + created.at("/campaign_id");

            // the token itself is known only once the access-token projection has caught up
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(owner.get(campaign).status()).isEqualTo(200));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(owner.get(campaign + "/timeline").json().at("/items").size()).isEqualTo(3));
            assertThat(owner.get(campaign).json().at("/participant_count").asInt()).isEqualTo(1);

            List<String> processors = new JdbcTemplate(app.getBean(DataSource.class))
                    .queryForList("select distinct processor_name from token_entry", String.class);
            assertThat(processors).contains("campaigns", "sessions", "access-tokens", "timeline",
                    "daggerheart-characters", "daggerheart-gm");
        }
    }
}
