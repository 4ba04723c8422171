package dev.duality.app.ops;

import dev.duality.app.DualityApplication;
import dev.duality.app.support.Api;
import dev.duality.app.support.Journal;
import dev.duality.app.support.EventStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.duality.app.support.Problems.ok;
import static dev.duality.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code duality.projections.apply-mode=async}: a command's events are appended, pooled streaming processors apply them
 * to the read models, and the command's answer waits for exactly that, so a client reads its own writes at once;
 * operators list the processors and rebuild a projection by resetting its tokens. Runs on a database of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AsyncApplyModeIT {
    static final String ADMIN_TOKEN = "async-admin-token";
    private ConfigurableApplicationContext app;
    private Path dataDir;
    private Api api;
    private Api admin;

    @BeforeAll
    void start() throws Exception {
        dataDir = Files.createTempDirectory("duality-async");
        // no polling: live events can only arrive through the timeline processor's notification; one stream at most
        app = start(dataDir, "async", "--duality.live.poll-interval=1h", "--duality.live.max-streams=1");
        api = new Api(port(app));
        admin = api.as(ADMIN_TOKEN);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    static ConfigurableApplicationContext start(Path dataDir, String mode, String... more) {
        DualityApplication.disableAxonUpdateChecker();
        List<String> args = new java.util.ArrayList<>(List.of("--server.port=0",
                "--duality.database.embedded.data-dir=" + dataDir.resolve("postgres"),
                "--duality.projections.apply-mode=" + mode, "--duality.admin.token=" + ADMIN_TOKEN));
        args.addAll(List.of(more));
        if (args.stream().noneMatch(arg -> arg.startsWith("--duality.database.url="))) {
            // an embedded database of its own, whatever the environment names
            args.add("--duality.database.url=");
        }
        return new SpringApplicationBuilder(DualityApplication.class).run(args.toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }


    @Test
    void aClientReadsItsOwnWritesTheMomentTheCommandAnswers() {
        // no waiting anywhere below: every answer comes after the read models applied the command's events
        Api.Response created = ok(api.createCampaign("Eventually"), 201);
        Api owner = api.as(created.at("/access_token"));
        String id = created.at("/campaign_id");
        String campaign = "/api/v1/campaigns/" + id;
        // the owner's new token is known to the access-token projection already
        assertThat(ok(owner.get(campaign), 200).json().at("/participant_count").asInt()).isEqualTo(1);

        Api.Response claimed = ok(owner.invitePlayer(id, "Riley"), 201);
        Api player = api.as(claimed.at("/access_token"));
        assertThat(ok(player.get(campaign), 200).json().at("/participant_count").asInt()).isEqualTo(2);

        // a create answers the created thing (it was 404 in async mode), and so does its retry with the same key
        String key = "create-" + UUID.randomUUID();
        String body = """
                {"name": "Sable", "kind": "pc", "owner_participant_id": "%s"}"""
                .formatted(claimed.at("/participant_id"));
        Api.Response character = ok(player.post(campaign + "/characters", body, Map.of("Idempotency-Key", key)), 201);
        String sable = character.at("/character_id");
        assertThat(character.at("/name")).isEqualTo("Sable");
        Api.Response replayed = ok(player.post(campaign + "/characters", body, Map.of("Idempotency-Key", key)), 201);
        assertThat(replayed.at("/character_id")).isEqualTo(sable);
        ok(player.get(campaign + "/characters/" + sable), 200);

        // the Daggerheart sheet of a character just created, completed at once
        ok(player.readyDaggerheartCharacter(id, sable), 200);
        Api.Response session = ok(owner.post(campaign + "/sessions", "{\"name\": \"First light\"}"), 201);
        ok(owner.get(campaign + "/sessions/" + session.at("/session_id")), 200);

        // a set answers the new value, not the old one
        int fear = ok(owner.get(campaign + "/daggerheart/gm-fear"), 200).json().at("/gm_fear").asInt();
        Api.Response set = ok(owner.put(campaign + "/daggerheart/gm-fear", """
                {"before": %d, "after": %d, "reason": "spent"}""".formatted(fear, fear + 2)), 200);
        assertThat(set.json().at("/gm_fear").asInt()).isEqualTo(fear + 2);
        assertThat(ok(owner.get(campaign + "/timeline"), 200).json().at("/items").size()).isGreaterThan(5);

        List<String> processors = new JdbcTemplate(app.getBean(DataSource.class))
                .queryForList("select distinct processor_name from token_entry", String.class);
        assertThat(processors).contains("campaigns", "sessions", "access-tokens", "timeline",
                "daggerheart-characters", "daggerheart-gm");
    }

    @Test
    void anEventStreamFollowsTheTimelineAsTheProcessorAppliesIt() {
        Api.Response created = ok(api.createCampaign("Streamed"), 201);
        Api owner = api.as(created.at("/access_token"));
        String campaign = "/api/v1/campaigns/" + created.at("/campaign_id");
        JsonNode history = ok(owner.get(campaign + "/timeline"), 200).json().at("/items");
        long head = history.get(history.size() - 1).at("/seq").asLong();
        try (EventStream stream = EventStream.open(owner, campaign + "/events/stream")) {
            assertThat(stream.next(history.size())).extracting(EventStream.Event::json)
                    .containsExactlyElementsOf(history.valueStream().toList());
            ok(owner.patch(campaign, "{\"name\": \"Streamed, renamed\"}"), 200);
            ok(owner.invitePlayer(created.at("/campaign_id"), "Riley"), 201);
            List<EventStream.Event> live = stream.next(3);
            assertThat(live).extracting(EventStream.Event::seq).containsExactly(head + 1, head + 2, head + 3);
            assertThat(live).extracting(EventStream.Event::type).startsWith("campaign.updated", "invite.created");

            // the node's one stream is taken: the next client is told to come back later
            try (EventStream second = EventStream.open(owner, campaign + "/events/stream")) {
                Api.Response refused = second.refusal();
                assertProblem(refused, 503, "LIVE_STREAM_LIMIT_REACHED");
                assertThat(refused.header("Retry-After")).isEqualTo("5");
            }
        }
    }

    /**
     * A transaction that takes its global index and holds it while later events are committed and read (here for
     * longer than Axon's 60 s gap timeout, as a processor reading a backdated event sees it) still has its event
     * applied when it commits; one that rolls back leaves no gap behind for good.
     */
    @Test
    void aSlowTransactionsEventIsAppliedHoweverLongItHeldItsIndex() throws Exception {
        Api.Response slow = ok(api.createCampaign("Held"), 201);
        Api.Response other = ok(api.createCampaign("Backdated"), 201);
        String slowTimeline = "/api/v1/campaigns/" + slow.at("/campaign_id") + "/timeline";
        String otherTimeline = "/api/v1/campaigns/" + other.at("/campaign_id") + "/timeline";
        DataSource database = app.getBean(DataSource.class);
        try (java.sql.Connection held = database.getConnection()) {
            held.setAutoCommit(false);
            appendNote(held, slow.at("/campaign_id"), "Held back", Instant.now());
            try (java.sql.Connection later = database.getConnection()) {
                // committed after the held index was taken, and read as a processor that lags by minutes reads it
                appendNote(later, other.at("/campaign_id"), "Read late", Instant.now().minus(Duration.ofMinutes(5)));
            }
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    api.as(other.at("/access_token")).get(otherTimeline).text().contains("Read late"));
            held.commit();
        }
        await().atMost(Duration.ofSeconds(20)).until(() ->
                api.as(slow.at("/access_token")).get(slowTimeline).text().contains("Held back"));

        try (java.sql.Connection abandoned = database.getConnection()) {
            abandoned.setAutoCommit(false);
            appendNote(abandoned, slow.at("/campaign_id"), "Never committed", Instant.now());
            abandoned.rollback();
        }
        JdbcTemplate jdbc = new JdbcTemplate(database);
        // the gap goes with the first event read once its transaction is seen to have ended
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            ok(api.as(other.at("/access_token")).post("/api/v1/campaigns/" + other.at("/campaign_id") + "/notes",
                    "{\"content\": \"After the rollback\"}"), 204);
            assertThat(jdbc.queryForList(
                    "select convert_from(token, 'UTF8') from token_entry where processor_name = 'timeline'",
                    String.class)).isNotEmpty().allSatisfy(token -> assertThat(token).contains("\"gaps\":[]"));
        });
        assertThat(api.as(slow.at("/access_token")).get(slowTimeline).text()).doesNotContain("Never committed");
    }

    /** A story note appended as a row on the connection (committed if it auto-commits). */
    private static void appendNote(java.sql.Connection connection, String campaignId, String content, Instant at)
            throws java.sql.SQLException {
        Journal.appendRow(connection, campaignId, "story.note_added", null, Journal.storyNote(campaignId, content), at);
    }

    @Test
    void operatorsSeeEveryProcessorAndReplayOneWhileCommandsGoOn() {
        Api.Response created = ok(api.createCampaign("Replayed"), 201);
        Api owner = api.as(created.at("/access_token"));
        String campaign = "/api/v1/campaigns/" + created.at("/campaign_id");
        ok(owner.invitePlayer(created.at("/campaign_id"), "Sam"), 201);

        JsonNode listed = ok(admin.get("/admin/v1/projections"), 200).json();
        assertThat(listed.findValuesAsString("name")).contains("campaigns", "timeline", "daggerheart-characters");
        listed.forEach(projection -> {
            assertThat(projection.at("/mode").asString()).isEqualTo("async");
            assertThat(projection.at("/segments").asInt()).isPositive();
        });
        JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
        String rows = "select * from campaigns order by campaign_id";
        List<Map<String, Object>> before = jdbc.queryForList(rows);

        JsonNode replay = ok(admin.post("/admin/v1/projections/campaigns/replay", ""), 202).json();
        assertThat(replay.at("/name").asString()).isEqualTo("campaigns");
        // commands keep succeeding during the replay
        ok(owner.patch(campaign, "{\"name\": \"Replayed, renamed\"}"), 200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode state = ok(admin.get("/admin/v1/projections/campaigns"), 200).json();
            assertThat(state.at("/replaying").asBoolean()).isFalse();
            assertThat(state.at("/lag").asLong()).isZero();
        });
        List<Map<String, Object>> after = jdbc.queryForList(rows);
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            Map<String, Object> expected = new java.util.HashMap<>(before.get(i));
            Map<String, Object> actual = new java.util.HashMap<>(after.get(i));
            if (campaign.endsWith(String.valueOf(expected.get("campaign_id")))) {
                // renamed during the replay: a newer name and update time, the rest as built live
                assertThat(actual.remove("name")).isEqualTo("Replayed, renamed");
                expected.remove("name");
                expected.remove("updated_at");
                actual.remove("updated_at");
            }
            assertThat(actual).isEqualTo(expected);
        }
        assertThat(ok(owner.get(campaign), 200).at("/name")).isEqualTo("Replayed, renamed");

        Api.Response unknown = admin.post("/admin/v1/projections/no-such/replay", "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.at("/code")).isEqualTo("PROJECTION_NOT_FOUND");
        assertThat(owner.post("/admin/v1/projections/campaigns/replay", "").status()).isEqualTo(403);
    }

    @Test
    void theIntegrityCheckFindsEveryProjectionAsTheJournalGivesIt() {
        Api.Response created = ok(api.createCampaign("Verified"), 201);
        Api owner = api.as(created.at("/access_token"));
        Api.Response player = ok(owner.invitePlayer(created.at("/campaign_id"), "Kai"), 201);
        String kai = ok(api.as(player.at("/access_token")).createCharacter(created.at("/campaign_id"), "Kai",
                "pc", player.at("/participant_id")), 201).at("/character_id");
        ok(api.as(player.at("/access_token")).readyDaggerheartCharacter(created.at("/campaign_id"), kai), 200);

        ok(admin.get("/admin/v1/projections"), 200).json().forEach(projection -> {
            String name = projection.at("/name").asString();
            JsonNode verified = ok(admin.post("/admin/v1/projections/" + name + "/verify", ""), 200).json();
            // async: checked against what each segment's token says the processor applied, in one snapshot
            assertThat(verified.at("/identical").asBoolean()).as(name + ": " + verified).isTrue();
            assertThat(verified.at("/failures").size()).isZero();
        });
        JsonNode campaigns = ok(admin.post("/admin/v1/projections/campaigns/verify", ""), 200).json();
        assertThat(campaigns.at("/tables").findValuesAsString("table")).containsExactly("campaigns", "characters",
                "participants");
        assertThat(campaigns.at("/tables/0/live_rows").asLong()).isPositive();
        assertThat(admin.post("/admin/v1/projections/no-such/verify", "").status()).isEqualTo(404);
    }
}
