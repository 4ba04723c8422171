package dev.duality.app.journal;

import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the journal stores and what it refuses, read with the same database role the application writes with. */
@DualityIntegrationTest
class JournalIT {
    /** Callers without a token need a long, unguessable Idempotency-Key. */
    private static final String JOURNAL_KEY = "key-42-" + "0123456789abcdef0123456789abcdef";
    private static final JsonMapper JSON = JsonMapper.builder().build();
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
    void payloadTypesAreCatalogTypeNamesNeverClassNames() {
        String campaignId = api.createCampaign("Type names").at("/campaign_id");
        assertThat(jdbc.queryForObject("select payload_type from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = 0", String.class, campaignId)).isEqualTo("campaign.created");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like 'dev.%' "
                + "or payload_type ~ '[A-Z]'", Integer.class)).isZero();
    }

    @Test
    void everyEventCarriesTheEnvelopeOfTheRequestThatCausedIt() {
        Api.Response created = api.post("/api/v1/campaigns", """
                        {"name": "Envelope", "game_system": {"id": "daggerheart", "version": "1.0.0"}, "owner_name": "Ash"}""",
                Map.of("X-Correlation-Id", "corr-42", "Idempotency-Key", JOURNAL_KEY));
        String campaignId = created.at("/campaign_id");
        List<JsonNode> metadata = metadataOf(campaignId);
        // campaign.created, the owner's participant.joined and participant.token_issued
        assertThat(metadata).hasSize(3);
        for (JsonNode meta : metadata) {
            assertThat(meta.at("/correlation_id").asString()).isEqualTo("corr-42");
            assertThat(meta.at("/request_id").asString()).isEqualTo(JOURNAL_KEY);
            assertThat(meta.at("/actor_id").asString()).isEqualTo(created.at("/owner_participant_id"));
            assertThat(meta.at("/causation_id").asString()).isNotBlank();
            assertThat(meta.has("system_id")).as("core events carry no system metadata").isFalse();
        }
        // all events come from one command, so they share its id as causation
        assertThat(metadata.get(0).at("/causation_id")).isEqualTo(metadata.get(1).at("/causation_id"))
                .isEqualTo(metadata.get(2).at("/causation_id"));
    }

    @Test
    void systemEventsCarrySystemIdAndVersion() {
        Api.Response created = api.createCampaign("System envelope");
        String campaignId = created.at("/campaign_id");
        Api owner = api.as(created.at("/access_token"));
        String ownerId = owner.get("/api/v1/campaigns/" + campaignId + "/participants").at("/items/0/participant_id");
        assertThat(ownerId).isEqualTo(created.at("/owner_participant_id"));
        String characterId = owner.post("/api/v1/campaigns/" + campaignId + "/characters", """
                {"name": "Vex", "kind": "pc", "owner_participant_id": "%s"}""".formatted(ownerId)).at("/character_id");
        Api.Response sheet = owner.post("/api/v1/campaigns/" + campaignId + "/daggerheart/characters", """
                {"character_id": "%s", "character_class": "rogue"}""".formatted(characterId), Map.of());
        assertThat(sheet.status()).isEqualTo(201);

        JsonNode meta = metadataOf("daggerheart:character:" + campaignId + ":" + characterId).get(0);
        assertThat(meta.at("/system_id").asString()).isEqualTo("daggerheart");
        // the release that decided it; the campaign itself was created with 1.0.0, which 1.1.0 still serves
        assertThat(meta.at("/system_version").asString()).isEqualTo("1.1.0");
        assertThat(meta.at("/correlation_id").asString()).isNotBlank();
        assertThat(meta.at("/actor_id").asString()).as("the participant the token belongs to").isEqualTo(ownerId);
    }

    @Test
    void theActorOfAnEventIsTheParticipantWhoseTokenSentTheCommand() {
        Api.Response created = api.createCampaign("Actors");
        String campaignId = created.at("/campaign_id");
        String base = "/api/v1/campaigns/" + campaignId;
        Api owner = api.as(created.at("/access_token"));
        Api.Response invite = owner.post(base + "/invites", "{\"role\": \"player\"}");
        assertThat(invite.status()).as(invite.text()).isEqualTo(201);
        Api.Response claimed = api.post(base + "/invites/claim", """
                {"code": "%s", "name": "Quinn"}""".formatted(invite.at("/code")));
        assertThat(claimed.status()).as(claimed.text()).isEqualTo(201);
        String playerId = claimed.at("/participant_id");
        Api player = api.as(claimed.at("/access_token"));

        Api.Response character = player.post(base + "/characters", """
                {"name": "Quill", "kind": "pc", "owner_participant_id": "%s"}""".formatted(playerId));
        assertThat(character.status()).as(character.text()).isEqualTo(201);
        Api.Response admin = api.as(dev.duality.app.support.DualityIntegrationTest.ADMIN_TOKEN)
                .patch(base, "{\"name\": \"Actors renamed\"}");
        assertThat(admin.status()).as(admin.text()).isEqualTo(200);

        List<JsonNode> metadata = metadataOf(campaignId);
        List<String> types = jdbc.queryForList("select payload_type from domain_event_entry where "
                + "aggregate_identifier = ? order by sequence_number", String.class, campaignId);
        assertThat(types).containsExactly("campaign.created", "participant.joined", "participant.token_issued",
                "invite.created", "invite.claimed", "participant.joined", "participant.token_issued",
                "character.created", "campaign.updated");
        assertThat(metadata.stream().map(m -> m.at("/actor_id").asString())).containsExactly(
                created.at("/owner_participant_id"), created.at("/owner_participant_id"),
                created.at("/owner_participant_id"), created.at("/owner_participant_id"),
                playerId, playerId, playerId, playerId, "admin");
    }

    @Test
    void theApplicationsRoleCannotUpdateDeleteOrTruncateTheJournal() {
        assertThat(api.createCampaign("Append only").status()).isEqualTo(201);
        assertThatThrownBy(() -> jdbc.update("update domain_event_entry set type = type"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from domain_event_entry"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate domain_event_entry"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Integer.class)).isPositive();
    }

    @Test
    void binaryColumnsAreByteaAndTheGlobalIndexAdvancesByOne() {
        List<String> oidColumns = jdbc.queryForList("select table_name || '.' || column_name from "
                + "information_schema.columns where table_schema = current_schema() and data_type = 'oid'", String.class);
        assertThat(oidColumns).isEmpty();
        assertThat(jdbc.queryForList("select data_type from information_schema.columns where table_schema = "
                + "current_schema() and column_name in ('payload', 'meta_data', 'token', 'serialized_saga', 'diagnostics')",
                String.class)).isNotEmpty().allMatch("bytea"::equals);
        assertThat(jdbc.queryForObject("select increment_by from pg_sequences where schemaname = current_schema() "
                + "and sequencename = 'domain_event_entry_seq'", Long.class)).isEqualTo(1L);
    }

    private List<JsonNode> metadataOf(String aggregateId) {
        return jdbc.queryForList("select meta_data from domain_event_entry where aggregate_identifier = ? "
                        + "order by sequence_number", byte[].class, aggregateId).stream()
                .map(bytes -> JSON.readTree(new String(bytes, StandardCharsets.UTF_8))).toList();
    }
}
