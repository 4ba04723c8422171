package dev.duality.app.ops;

import dev.duality.app.DualityApplication;
import dev.duality.app.support.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default set-up, as a user runs it: no database configured, so the service starts its own embedded PostgreSQL
 * with data under a directory, and a restart keeps every campaign.
 */
class RestartIT {

    @Test
    void aCampaignSurvivesARestartOfTheServiceAndItsEmbeddedDatabase(@TempDir Path dataDir) {
        String campaignId;
        String ownerToken;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            Api api = new Api(port(first));
            Api.Response created = api.createCampaign("Persistent");
            campaignId = created.at("/campaign_id");
            ownerToken = created.at("/access_token");
            assertThat(campaignId).isNotBlank();
            assertThat(ownerToken).isNotBlank();
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
        try (ConfigurableApplicationContext second = start(dataDir)) {
            // the owner's token, stored only as a hash, still opens the campaign after the restart
            Api api = new Api(port(second)).as(ownerToken);
            Api.Response campaign = api.get("/api/v1/campaigns/" + campaignId);
            assertThat(campaign.status()).isEqualTo(200);
            assertThat(campaign.at("/name")).isEqualTo("Persistent");
            assertThat(api.get("/api/v1/campaigns/" + campaignId + "/participants").json().at("/items").size())
                    .isEqualTo(1);
            assertThat(new Api(port(second)).get("/api/v1/campaigns/" + campaignId).status())
                    .as("without the token").isEqualTo(401);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        DualityApplication.disableAxonUpdateChecker();
        return new SpringApplicationBuilder(DualityApplication.class).run(
                "--server.port=0",
                "--duality.database.url=",
                "--duality.database.embedded.data-dir=" + dataDir.resolve("postgres"));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
