package dev.duality.app.campaign;

import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** From HTTP through the journal to the read models, for campaigns, participants, characters and a Daggerheart sheet. */
@DualityIntegrationTest
class CampaignFlowIT {
    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    Api api;
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        jdbc = new JdbcTemplate(dataSource);
    }

    @Test
    void aCampaignIsCreatedJournaledProjectedAndReadBackWithItsOwner() {
        Api.Response created = api.post("/api/v1/campaigns", """
                {"name": "The Witherwild", "locale": "en-GB", "theme_prompt": "A forest that remembers",
                 "game_system": {"id": "daggerheart", "version": "1.0.0"}, "owner_name": "Morgan"}""");
        assertThat(created.status()).isEqualTo(201);
        String campaignId = created.at("/campaign_id");
        String ownerId = created.at("/owner_participant_id");
        assertThat(created.header("Location")).isEqualTo("/api/v1/campaigns/" + campaignId);
        assertThat(created.at("/access_token")).as("the owner's token, shown once").startsWith("dpt_");
        Api owner = api.as(created.at("/access_token"));
        assertThat(api.get("/api/v1/campaigns/" + campaignId).status()).as("reads need a token").isEqualTo(401);

        JsonNode campaign = owner.get("/api/v1/campaigns/" + campaignId).json();
        assertThat(campaign.at("/name").asString()).isEqualTo("The Witherwild");
        assertThat(campaign.at("/locale").asString()).isEqualTo("en-GB");
        assertThat(campaign.at("/theme_prompt").asString()).isEqualTo("A forest that remembers");
        assertThat(campaign.at("/status").asString()).isEqualTo("draft");
        assertThat(campaign.at("/game_system/id").asString()).isEqualTo("daggerheart");
        assertThat(campaign.at("/game_system/version").asString()).isEqualTo("1.0.0");
        assertThat(campaign.at("/participant_count").asInt()).isEqualTo(1);

        JsonNode ownerSeat = owner.get("/api/v1/campaigns/" + campaignId + "/participants").json().at("/items/0");
        assertThat(ownerSeat.at("/participant_id").asString()).isEqualTo(ownerId);
        assertThat(ownerSeat.at("/name").asString()).isEqualTo("Morgan");
        assertThat(ownerSeat.at("/role").asString()).isEqualTo("gm");
        assertThat(ownerSeat.at("/access").asString()).isEqualTo("owner");

        assertThat(jdbc.queryForList("select payload_type from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number", String.class, campaignId))
                .containsExactly("campaign.created", "participant.joined", "participant.token_issued");
        // only the token's hash is kept, never the token itself
        assertThat(new String(jdbc.queryForObject("select payload from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type = 'participant.token_issued'", byte[].class, campaignId),
                java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(created.at("/access_token"));
        assertThat(jdbc.queryForObject("select name from campaigns where campaign_id = ?", String.class, campaignId))
                .isEqualTo("The Witherwild");
    }

    @Test
    void participantsJoinUpdateAndLeaveAndCharactersGetDaggerheartSheets() {
        Api.Response created = api.createCampaign("Sablewood");
        String campaignId = created.at("/campaign_id");
        Api api = this.api.as(created.at("/access_token"));
        String base = "/api/v1/campaigns/" + campaignId;

        Api.Response joined = api.post(base + "/participants", """
                {"name": "Riley", "role": "player"}""");
        assertThat(joined.status()).isEqualTo(201);
        String playerId = joined.at("/participant_id");
        assertThat(joined.at("/access")).isEqualTo("member");
        assertThat(joined.header("Location")).isEqualTo(base + "/participants/" + playerId);

        Api.Response promoted = api.patch(base + "/participants/" + playerId, """
                {"name": "Riley Q.", "access": "manager"}""");
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.at("/name")).isEqualTo("Riley Q.");
        assertThat(promoted.at("/access")).isEqualTo("manager");
        assertThat(promoted.at("/role")).isEqualTo("player");

        Api.Response character = api.post(base + "/characters", """
                {"name": "Marlowe", "kind": "pc", "owner_participant_id": "%s", "notes": "A guardian"}"""
                .formatted(playerId));
        assertThat(character.status()).isEqualTo(201);
        String characterId = character.at("/character_id");
        assertThat(character.at("/owner_participant_id")).isEqualTo(playerId);
        assertThat(character.at("/kind")).isEqualTo("pc");

        Api.Response sheet = api.post(base + "/daggerheart/characters", """
                {"character_id": "%s", "character_class": "guardian"}""".formatted(characterId));
        assertThat(sheet.status()).isEqualTo(201);
        // SRD: Guardian starts with 7 HP and Evasion 9; every PC has 6 Stress, 2 Hope (max 6), Proficiency 1;
        // unarmored level-1 thresholds are Major 1, Severe 2.
        JsonNode read = api.get(base + "/daggerheart/characters/" + characterId).json();
        assertThat(read.at("/character_class").asString()).isEqualTo("guardian");
        assertThat(read.at("/hp_max").asInt()).isEqualTo(7);
        assertThat(read.at("/evasion").asInt()).isEqualTo(9);
        assertThat(read.at("/stress_max").asInt()).isEqualTo(6);
        assertThat(read.at("/state/hope").asInt()).isEqualTo(2);
        assertThat(read.at("/hope_max").asInt()).isEqualTo(6);
        assertThat(read.at("/proficiency").asInt()).isEqualTo(1);
        assertThat(read.at("/thresholds/major").asInt()).isEqualTo(1);
        assertThat(read.at("/thresholds/severe").asInt()).isEqualTo(2);

        // the player owns a character, so cannot leave; the journal keeps the system event under its type name, in
        // the sheet's own stream (daggerheart:character:<campaign>:<character>)
        Api.Response refused = api.delete(base + "/participants/" + playerId);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.at("/code")).isEqualTo("PARTICIPANT_OWNS_CHARACTERS");
        String sheetStream = DaggerheartCharacterId.of(CampaignId.of(campaignId), CharacterId.of(characterId)).value();
        assertThat(jdbc.queryForObject("select payload_type from domain_event_entry where aggregate_identifier = ?",
                String.class, sheetStream)).isEqualTo("sys.daggerheart.character_created");

        Api.Response guest = api.post(base + "/participants", """
                {"name": "Guest", "role": "player"}""");
        assertThat(api.delete(base + "/participants/" + guest.at("/participant_id") + "?reason=moved%20away")
                .status()).isEqualTo(204);
        List<String> remaining = api.get(base + "/participants").json().at("/items").valueStream()
                .map(p -> p.at("/name").asString()).toList();
        assertThat(remaining).containsExactly("Morgan", "Riley Q.");
        assertThat(api.get(base).json().at("/participant_count").asInt()).isEqualTo(2);
    }

    @Test
    void campaignsAreUpdatedAndListedInPages() {
        Api.Response firstCreated = api.createCampaign("Paging one");
        String first = firstCreated.at("/campaign_id");
        api.createCampaign("Paging two");
        Api owner = api.as(firstCreated.at("/access_token"));
        // the admin lists every campaign; a participant's token lists only its own
        Api admin = api.as(DualityIntegrationTest.ADMIN_TOKEN);

        Api.Response updated = owner.patch("/api/v1/campaigns/" + first, """
                {"name": "Paging renamed", "locale": "fr-FR"}""");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.at("/name")).isEqualTo("Paging renamed");
        assertThat(updated.at("/locale")).isEqualTo("fr-FR");

        Api.Response page = admin.get("/api/v1/campaigns?limit=1");
        assertThat(page.json().at("/items").size()).isEqualTo(1);
        String next = page.at("/next_after");
        assertThat(next).isNotBlank();
        Api.Response after = admin.get("/api/v1/campaigns?limit=1&after=" + next);
        assertThat(after.json().at("/items/0/campaign_id").asString()).isGreaterThan(next);

        Api.Response own = owner.get("/api/v1/campaigns?limit=200");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().at("/items").valueStream().map(c -> c.at("/campaign_id").asString()))
                .containsExactly(first);
        assertThat(own.json().at("/next_after").isString()).as("no next page").isFalse();
    }
}
