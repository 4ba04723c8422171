package dev.duality.app.journal;

import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the journal stores and what it refuses, read with the same database role the application writes with; what the
 * owner of the tables could still do behind the triggers, and how the hash chains and snapshot checks find it.
 */
@DualityIntegrationTest
class JournalIT {
    /** Callers without a token need a long, unguessable Idempotency-Key. */
    private static final String JOURNAL_KEY = "key-42-" + "0123456789abcdef0123456789abcdef";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    EventStorageEngine storage;
    @Autowired
    MeterRegistry meters;
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
    void theServicesRoleCannotRewriteTheJournalOrItsSnapshotsNorSwitchOffTheirTriggers() {
        assertThat(api.createCampaign("Append only").status()).isEqualTo(201);
        for (String table : List.of("domain_event_entry", "snapshot_event_entry")) {
            for (String statement : List.of("update " + table + " set type = type", "delete from " + table,
                    "truncate " + table)) {
                assertThatThrownBy(() -> jdbc.execute(statement)).as(statement)
                        .isInstanceOf(DataAccessException.class).rootCause()
                        .hasMessageContaining("permission denied for table " + table);
            }
            assertThatThrownBy(() -> jdbc.execute("alter table " + table + " disable trigger all"))
                    .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("must be owner");
        }
        assertThatThrownBy(() -> jdbc.execute("set session_replication_role = replica"))
                .isInstanceOf(DataAccessException.class).rootCause()
                .hasMessageContaining("permission denied to set parameter");
        assertThat(jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Integer.class)).isPositive();
    }

    @Test
    void evenTheOwnerIsStoppedByTheAppendOnlyTriggersUnlessItSwitchesThemOff() throws SQLException {
        assertThat(api.createCampaign("Owner").status()).isEqualTo(201);
        try (Connection owner = TestDatabase.get().asOwner(); Statement statement = owner.createStatement()) {
            for (String table : List.of("domain_event_entry", "snapshot_event_entry")) {
                assertThatThrownBy(() -> statement.execute("truncate " + table)).isInstanceOf(SQLException.class)
                        .hasMessageContaining(table + " is append-only: TRUNCATE");
            }
        }
    }

    @Test
    void everyEventIsChainedToTheOneBeforeItInItsStream() {
        String campaignId = api.createCampaign("Chained").at("/campaign_id");
        List<byte[]> hashes = jdbc.queryForList("select hash from domain_event_entry where aggregate_identifier = ? "
                + "order by sequence_number", byte[].class, campaignId);
        assertThat(hashes).hasSize(3).allSatisfy(hash -> assertThat(hash).hasSize(32));
        // the trigger's hash, whatever the insert says: the service cannot choose an event's hash
        assertThat(jdbc.queryForObject("""
                select count(*) from domain_event_entry e
                left join domain_event_entry p on p.aggregate_identifier = e.aggregate_identifier
                    and p.sequence_number = e.sequence_number - 1
                where e.aggregate_identifier = ? and e.hash = duality_event_hash(p.hash, e.global_index,
                    e.event_identifier, e.aggregate_identifier, e.sequence_number, e.type, e.time_stamp,
                    e.payload_type, e.payload_revision, e.payload, e.meta_data)""", Integer.class, campaignId))
                .isEqualTo(3);
    }

    @Test
    void theVerifierWalksEveryChainAndNamesAnEventTheOwnerChangedBehindTheTrigger() throws SQLException {
        String campaignId = api.createCampaign("Tampered").at("/campaign_id");
        Api admin = api.as(DualityIntegrationTest.ADMIN_TOKEN);
        Api.Response intact = admin.post("/admin/v1/journal/verify", "");
        assertThat(intact.status()).as(intact.text()).isEqualTo(200);
        assertThat(intact.json().at("/intact").asBoolean()).isTrue();
        assertThat(intact.json().at("/events_checked").asLong())
                .isEqualTo(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class));
        assertThat(intact.json().at("/streams_checked").asLong()).isEqualTo(jdbc.queryForObject(
                "select count(distinct aggregate_identifier) from domain_event_entry", Long.class));
        assertThat(intact.json().at("/first_broken").isNull()).isTrue();

        Map<String, Object> joined = jdbc.queryForMap("select event_identifier, payload from domain_event_entry "
                + "where aggregate_identifier = ? and sequence_number = 1", campaignId);
        byte[] original = (byte[]) joined.get("payload");
        String forged = new String(original, StandardCharsets.UTF_8).replace("\"Morgan\"", "\"Mallory\"");
        assertThat(forged).isNotEqualTo(new String(original, StandardCharsets.UTF_8));
        asOwnerBehindTheTriggers("update domain_event_entry set payload = ? where event_identifier = ?",
                forged.getBytes(StandardCharsets.UTF_8), joined.get("event_identifier"));
        try {
            JsonNode broken = admin.post("/admin/v1/journal/verify", "").json();
            assertThat(broken.at("/intact").asBoolean()).isFalse();
            assertThat(broken.at("/first_broken/stream").asString()).isEqualTo(campaignId);
            assertThat(broken.at("/first_broken/sequence").asLong()).isEqualTo(1);
            assertThat(broken.at("/first_broken/event_id").asString()).isEqualTo(joined.get("event_identifier"));
            assertThat(broken.at("/first_broken/problem").asString()).isEqualTo("hash_mismatch");
        } finally {
            asOwnerBehindTheTriggers("update domain_event_entry set payload = ? where event_identifier = ?",
                    original, joined.get("event_identifier"));
        }
        assertThat(admin.post("/admin/v1/journal/verify", "").json().at("/intact").asBoolean()).isTrue();
    }

    @Test
    void theVerifierNamesAnEventTheOwnerSlippedIntoAStream() throws SQLException {
        String campaignId = api.createCampaign("Forged").at("/campaign_id");
        String forgedId = UUID.randomUUID().toString();
        // a copy of the stream's last event, appended after it with the chain trigger switched off
        asOwnerBehindTheTriggers("""
                insert into domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number,
                    type, time_stamp, payload_type, payload_revision, payload, meta_data, hash)
                select nextval('domain_event_entry_seq'), ?, aggregate_identifier, sequence_number + 1, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data, hash
                from domain_event_entry where aggregate_identifier = ? and sequence_number = 2""",
                forgedId, campaignId);
        try {
            JsonNode broken = api.as(DualityIntegrationTest.ADMIN_TOKEN).post("/admin/v1/journal/verify", "").json();
            assertThat(broken.at("/intact").asBoolean()).isFalse();
            assertThat(broken.at("/first_broken/event_id").asString()).isEqualTo(forgedId);
            assertThat(broken.at("/first_broken/stream").asString()).isEqualTo(campaignId);
            assertThat(broken.at("/first_broken/sequence").asLong()).isEqualTo(3);
            assertThat(broken.at("/first_broken/problem").asString()).isEqualTo("hash_mismatch");
        } finally {
            asOwnerBehindTheTriggers("delete from domain_event_entry where event_identifier = ?", forgedId);
        }
    }

    @Test
    void aSnapshotIsUsedOnlyWhileItMatchesTheEventItClaimsToFold() throws SQLException {
        String campaignId = api.createCampaign("Snapshots").at("/campaign_id");
        String aggregateType = jdbc.queryForObject("select type from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = 2", String.class, campaignId);
        String insert = "insert into snapshot_event_entry (aggregate_identifier, sequence_number, type, "
                + "event_identifier, time_stamp, payload_type, payload, meta_data) values (?, ?, ?, ?, "
                + "'2026-01-01T00:00:00Z', 'test.snapshot', '{}'::bytea, '{}'::bytea)";
        // the service may store a snapshot only of an event that is in the journal, of the aggregate's own type
        assertThatThrownBy(() -> jdbc.update(insert, campaignId, 3, aggregateType, UUID.randomUUID().toString()))
                .rootCause().hasMessageContaining("folds no " + aggregateType + " event of the journal");
        assertThatThrownBy(() -> jdbc.update(insert, campaignId, 2, "Session", UUID.randomUUID().toString()))
                .rootCause().hasMessageContaining("folds no Session event of the journal");
        String snapshotId = UUID.randomUUID().toString();
        jdbc.update(insert, campaignId, 2, aggregateType, snapshotId);
        double refusedBefore = refusedSnapshots();
        try {
            assertThat(storage.readSnapshot(campaignId)).as("bound to the journal by the trigger").isPresent();
            assertThat(refusedSnapshots()).isEqualTo(refusedBefore);

            asOwnerBehindTheTriggers("update snapshot_event_entry set payload = '{\"forged\": true}'::bytea "
                    + "where event_identifier = ?", snapshotId);
            assertThat(storage.readSnapshot(campaignId)).as("changed behind the trigger").isEmpty();
            assertThat(refusedSnapshots()).isEqualTo(refusedBefore + 1);

            // one inserted by the owner with the triggers off carries no binding to the journal at all
            asOwnerBehindTheTriggers("delete from snapshot_event_entry where event_identifier = ?", snapshotId);
            asOwnerBehindTheTriggers(insert, campaignId, 2, aggregateType, snapshotId);
            assertThat(storage.readSnapshot(campaignId)).as("inserted behind the trigger").isEmpty();
            assertThat(refusedSnapshots()).isEqualTo(refusedBefore + 2);
        } finally {
            asOwnerBehindTheTriggers("delete from snapshot_event_entry where event_identifier = ?", snapshotId);
        }
    }

    private double refusedSnapshots() {
        return meters.counter("duality.journal.snapshots.refused").count();
    }

    /** What a role that owns the tables can do: switch the journal's triggers off for one statement. */
    private static void asOwnerBehindTheTriggers(String sql, Object... parameters) throws SQLException {
        try (Connection owner = TestDatabase.get().asOwner()) {
            owner.setAutoCommit(false);
            try (Statement statement = owner.createStatement()) {
                statement.execute("alter table domain_event_entry disable trigger user");
                statement.execute("alter table snapshot_event_entry disable trigger user");
            }
            try (PreparedStatement statement = owner.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.execute();
            }
            try (Statement statement = owner.createStatement()) {
                statement.execute("alter table domain_event_entry enable trigger user");
                statement.execute("alter table snapshot_event_entry enable trigger user");
            }
            owner.commit();
        }
    }

    @Test
    void theServicesConnectionsCommitDurablyWhateverTheirRoleSays() throws SQLException {
        TestDatabase.Connection db = TestDatabase.get();
        try (Connection owner = db.asOwner(); Statement statement = owner.createStatement()) {
            statement.execute("alter role " + db.username() + " set synchronous_commit = off");
        }
        try {
            try (Connection plain = DriverManager.getConnection(db.url(), db.username(), db.password());
                 Statement statement = plain.createStatement();
                 ResultSet setting = statement.executeQuery("show synchronous_commit")) {
                setting.next();
                assertThat(setting.getString(1)).as("a plain connection of the role").isEqualTo("off");
            }
            // the pool's connections are replaced by ones opened under the new role setting
            dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        } finally {
            try (Connection owner = db.asOwner(); Statement statement = owner.createStatement()) {
                statement.execute("alter role " + db.username() + " reset synchronous_commit");
            }
        }
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
