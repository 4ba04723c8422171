package dev.duality.sys.fable;

import dev.duality.app.DualityApplication;
import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.Journal;
import dev.duality.app.support.FableDatabaseInitializer;
import dev.duality.core.catalog.MessageCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second game system is one folder: the service boots with Fable plugged in beside Daggerheart, and Fable's command
 * goes through the real interceptors to its aggregate and the journal, its projection fills its own table, and its
 * endpoint serves the result. Nothing outside this folder (and Fable's migration location) names Fable.
 */
@SpringBootTest(classes = {DualityApplication.class, FablePlugin.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"axoniq.update-checker.disabled=true", "duality.admin.token=" + DualityIntegrationTest.ADMIN_TOKEN})
@ContextConfiguration(initializers = FableDatabaseInitializer.class)
class FableSystemIT {
    @LocalServerPort
    int port;
    @Autowired
    MessageCatalog catalog;
    @Autowired
    DataSource dataSource;

    @Test
    void fableIsRegisteredBesideDaggerheart() {
        assertThat(catalog.supportsSystem("fable", "1.0.0")).isTrue();
        assertThat(catalog.supportsSystem("daggerheart", "1.0.0")).isTrue();
        assertThat(catalog.typeName(TellTale.class)).contains("sys.fable.tale.tell");

        Api.Response listed = new Api(port).as(DualityIntegrationTest.ADMIN_TOKEN).get("/admin/v1/catalog");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.text()).contains("sys.fable.tale.tell", "sys.fable.tale_told");
    }

    @Test
    void aTaleIsToldThroughTheWritePathAndServedFromFablesReadModel() {
        Api api = new Api(port);
        Api.Response created = api.post("/api/v1/campaigns", """
                {"name": "Once upon a time", "game_system": {"id": "fable", "version": "1.0.0"}, "owner_name": "Ash"}""");
        assertThat(created.status()).isEqualTo(201);
        String campaign = created.at("/campaign_id");
        Api owner = api.as(created.at("/access_token"));

        assertThat(owner.post(tales(campaign), "{\"line\": \"There was a fox.\"}").status()).isEqualTo(201);
        Api.Response told = owner.post(tales(campaign), "{\"line\": \"It was clever.\"}");

        assertThat(told.status()).isEqualTo(201);
        assertThat(told.json().at("/items").size()).isEqualTo(2);
        assertThat(told.at("/items/1/line")).isEqualTo("It was clever.");
        assertThat(owner.get(tales(campaign)).at("/items/0/line")).isEqualTo("There was a fox.");
        // the events sit in Fable's own stream, with the system's envelope
        Journal journal = new Journal(dataSource);
        assertThat(journal.types("fable:chronicle:" + campaign)).containsExactly("sys.fable.tale_told",
                "sys.fable.tale_told");
    }

    @Test
    void theRealInterceptorsGuardFablesCommand() {
        Api api = new Api(port);
        Api.Response fable = api.post("/api/v1/campaigns", """
                {"name": "Fox tales", "game_system": {"id": "fable", "version": "1.0.0"}, "owner_name": "Ash"}""");
        // without a token the access policy never lets the command reach the aggregate
        Api.Response anonymous = api.post(tales(fable.at("/campaign_id")), "{\"line\": \"Nobody told this.\"}");
        assertThat(anonymous.status()).isEqualTo(401);
        // a bad value is refused with a problem naming the field
        Api.Response blank = api.as(fable.at("/access_token")).post(tales(fable.at("/campaign_id")),
                "{\"line\": \"\\u0000\"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.at("/field")).isEqualTo("line");

        // a Daggerheart campaign does not play Fable
        Api.Response daggerheart = api.createCampaign("Not a fable");
        Api.Response refused = api.as(daggerheart.at("/access_token"))
                .post(tales(daggerheart.at("/campaign_id")), "{\"line\": \"Wrong table.\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.at("/code")).isEqualTo("CAMPAIGN_SYSTEM_MISMATCH");
        assertThat(new Journal(dataSource).types("fable:chronicle:" + daggerheart.at("/campaign_id"))).isEmpty();
    }

    @Test
    void aCampaignKeepsTheReleaseItWasCreatedWithUntilItsOwnerUpgrades() {
        // Fable is at 1.2.0; a table that started on 1.0.0 keeps playing: its rules only grew since
        Api api = new Api(port);
        Api.Response created = api.post("/api/v1/campaigns", """
                {"name": "Old tales", "game_system": {"id": "fable", "version": "1.0.0"}, "owner_name": "Ash"}""");
        String campaign = created.at("/campaign_id");
        Api owner = api.as(created.at("/access_token"));

        assertThat(owner.post(tales(campaign), "{\"line\": \"Long ago.\"}").status()).isEqualTo(201);
        assertThat(owner.get("/api/v1/campaigns/" + campaign).at("/game_system/version")).isEqualTo("1.0.0");
        // the event names the release that decided it
        assertThat(new Journal(dataSource).metadata("fable:chronicle:" + campaign, "sys.fable.tale_told"))
                .singleElement().satisfies(meta -> assertThat(meta.path("system_version").asText()).isEqualTo("1.2.0"));

        // newer than the module, or another major: not served
        for (String version : new String[]{"1.3.0", "2.0.0", "1.0"}) {
            Api.Response refused = api.post("/api/v1/campaigns", """
                    {"name": "Too new", "game_system": {"id": "fable", "version": "%s"}, "owner_name": "Ash"}"""
                    .formatted(version));
            assertThat(refused.status()).as(version).isEqualTo(422);
            assertThat(refused.at("/code")).isEqualTo("CAMPAIGN_GAME_SYSTEM_UNSUPPORTED");
        }

        Api.Response upgraded = owner.post("/api/v1/campaigns/" + campaign + "/game-system/upgrade",
                "{\"version\": \"1.2.0\"}");
        assertThat(upgraded.status()).isEqualTo(200);
        assertThat(upgraded.at("/game_system/version")).isEqualTo("1.2.0");
        Api.Response again = owner.post("/api/v1/campaigns/" + campaign + "/game-system/upgrade",
                "{\"version\": \"1.2.0\"}");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.at("/code")).isEqualTo("CAMPAIGN_GAME_SYSTEM_NOT_NEWER");
        assertThat(new Journal(dataSource).types(campaign)).contains("campaign.game_system_upgraded");
        assertThat(owner.post(tales(campaign), "{\"line\": \"And then.\"}").status()).isEqualTo(201);
    }

    private static String tales(String campaign) {
        return "/api/v1/campaigns/" + campaign + "/fable/tales";
    }
}
