package dev.duality.app.ops;

import dev.duality.app.support.Api;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;

import static dev.duality.app.ops.AsyncApplyModeIT.ADMIN_TOKEN;
import static dev.duality.app.support.Problems.ok;
import static dev.duality.app.ops.AsyncApplyModeIT.port;
import static dev.duality.app.ops.AsyncApplyModeIT.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Switching one database between the apply modes, restart by restart: inline to async starts the streaming processors
 * at the head (no replay into tables that hold the journal already), and async to inline first lets a processor that
 * lagged catch up from its tokens (no event between the two dropped).
 */
class ApplyModeSwitchIT {

    @Test
    void switchingModesNeitherReplaysNorDropsEvents(@TempDir Path dataDir) {
        String campaign;
        String ownerToken;
        try (ConfigurableApplicationContext inline = start(dataDir, "inline")) {
            Api.Response created = ok(new Api(port(inline)).createCampaign("Switching"), 201);
            campaign = "/api/v1/campaigns/" + created.at("/campaign_id");
            ownerToken = created.at("/access_token");
            // a mark the journal cannot explain: a replay from the journal's start would overwrite it
            jdbc(inline).update("update campaigns set theme_prompt = 'kept, not replayed'");
        }

        try (ConfigurableApplicationContext async = start(dataDir, "async",
                "--duality.projections.read-your-writes-wait=1s")) {
            Api owner = new Api(port(async)).as(ownerToken);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(ok(owner.as(ADMIN_TOKEN).get("/admin/v1/projections/campaigns"), 200).json()
                            .at("/lag").asLong()).isZero());
            assertThat(ok(owner.get(campaign), 200).at("/theme_prompt")).isEqualTo("kept, not replayed");
            assertThat(ok(owner.patch(campaign, "{\"name\": \"Async\"}"), 200).at("/name")).isEqualTo("Async");

            // the campaigns processor stops; what follows is in the journal but not in its table
            processor(async, "campaigns").shutDown();
            ok(owner.patch(campaign, "{\"name\": \"Appended while it was stopped\"}"), 200);
            assertThat(ok(owner.get(campaign), 200).at("/name")).isEqualTo("Async");
        }

        try (ConfigurableApplicationContext inline = start(dataDir, "inline")) {
            Api owner = new Api(port(inline)).as(ownerToken);
            // the lagging processor streams from its tokens in this run; every other projection is inline again
            JsonNode projections = ok(owner.as(ADMIN_TOKEN).get("/admin/v1/projections"), 200).json();
            projections.forEach(p -> assertThat(p.at("/mode").asString()).as(p.at("/name").asString())
                    .isEqualTo(p.at("/name").asString().equals("campaigns") ? "async" : "inline"));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(ok(owner.get(campaign), 200).at("/name")).isEqualTo("Appended while it was stopped"));
            assertThat(ok(owner.get(campaign), 200).at("/theme_prompt")).isEqualTo("kept, not replayed");
            assertThat(jdbc(inline).queryForList("select distinct processor_name from token_entry", String.class))
                    .containsExactly("campaigns");
        }

        try (ConfigurableApplicationContext inline = start(dataDir, "inline")) {
            Api owner = new Api(port(inline)).as(ownerToken);
            // caught up: its tokens are gone and it applies inline, in the command's transaction
            assertThat(jdbc(inline).queryForList("select processor_name from token_entry", String.class)).isEmpty();
            assertThat(ok(owner.as(ADMIN_TOKEN).get("/admin/v1/projections/campaigns"), 200).at("/mode"))
                    .isEqualTo("inline");
            assertThat(ok(owner.patch(campaign, "{\"name\": \"Inline again\"}"), 200).at("/name"))
                    .isEqualTo("Inline again");
            assertThat(ok(owner.get(campaign), 200).at("/theme_prompt")).isEqualTo("kept, not replayed");

            // the integrity check finds the one row the journal cannot explain, and nothing else anywhere
            Api admin = owner.as(ADMIN_TOKEN);
            JsonNode campaigns = ok(admin.post("/admin/v1/projections/campaigns/verify", ""), 200).json();
            assertThat(campaigns.at("/identical").asBoolean()).isFalse();
            JsonNode table = campaigns.at("/tables/0");
            assertThat(table.at("/table").asString()).isEqualTo("campaigns");
            assertThat(table.at("/missing").asLong()).isEqualTo(1);
            assertThat(table.at("/unexpected").asLong()).isEqualTo(1);
            assertThat(table.at("/unexpected_samples/0/theme_prompt").asString()).isEqualTo("kept, not replayed");
            assertThat(table.at("/missing_samples/0/name").asString()).isEqualTo("Inline again");
            assertThat(table.at("/missing_samples/0/theme_prompt").isNull()).isTrue();
            ok(admin.get("/admin/v1/projections"), 200).json().forEach(projection -> {
                String name = projection.at("/name").asString();
                if (!name.equals("campaigns")) {
                    JsonNode verified = ok(admin.post("/admin/v1/projections/" + name + "/verify", ""), 200).json();
                    assertThat(verified.at("/identical").asBoolean()).as(name + ": " + verified).isTrue();
                }
            });

            // an inline replay rebuilds the table from the journal in one transaction: the mark is gone
            JsonNode replayed = ok(admin.post("/admin/v1/projections/campaigns/replay", ""), 200).json();
            assertThat(replayed.at("/mode").asString()).isEqualTo("inline");
            assertThat(ok(owner.get(campaign), 200).at("/theme_prompt")).isNotEqualTo("kept, not replayed");
            assertThat(ok(owner.get(campaign), 200).at("/name")).isEqualTo("Inline again");
            assertThat(ok(admin.post("/admin/v1/projections/campaigns/verify", ""), 200).json().at("/identical")
                    .asBoolean()).isTrue();
        }
    }

    private static JdbcTemplate jdbc(ConfigurableApplicationContext app) {
        return new JdbcTemplate(app.getBean(DataSource.class));
    }

    private static EventProcessor processor(ConfigurableApplicationContext app, String name) {
        return app.getBean(Configuration.class).eventProcessingConfiguration().eventProcessor(name).orElseThrow();
    }
}
