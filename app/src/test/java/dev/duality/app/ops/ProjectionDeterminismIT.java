package dev.duality.app.ops;

import dev.duality.app.docs.CurlWalkthrough;
import dev.duality.app.docs.DaggerheartSessionWalkthroughIT;
import dev.duality.app.docs.DaggerheartWalkthroughIT;
import dev.duality.app.support.Api;
import org.awaitility.core.ConditionTimeoutException;
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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.duality.app.ops.AsyncApplyModeIT.ADMIN_TOKEN;
import static dev.duality.app.support.Problems.ok;
import static dev.duality.app.ops.AsyncApplyModeIT.port;
import static dev.duality.app.ops.AsyncApplyModeIT.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * Every projection is a function of the journal: one journal, built through the HTTP API partly inline and partly by
 * the async processors (two campaigns played at once each time, and commands of one campaign on different aggregates
 * sent at the same moment), gives row for row the same read-model tables when every projection is rebuilt from it with
 * batch sizes 100, 1 and 500, with 16 segments and with one. The timeline numbers each campaign's events by their
 * journal order. Runs on a database of its own, restarting the service on it.
 */
class ProjectionDeterminismIT {
    /** Tables that are not read models: the journal, Axon's own stores, the idempotency store, the mode records. */
    private static final Set<String> NOT_READ_MODELS = Set.of("domain_event_entry", "snapshot_event_entry",
            "token_entry", "saga_entry", "association_value_entry", "dead_letter_entry", "idempotency_keys",
            "projection_apply_modes", "history_checkpoints", "bundle_signing_key");

    @Test
    void everyProjectionRebuildsTheSameRowsWhateverTheModeBatchSizeAndSegments(@TempDir Path dataDir)
            throws Exception {
        try (ConfigurableApplicationContext inline = start(dataDir, "inline")) {
            playTwoCampaignsAtOnce(port(inline));
        }

        Map<String, List<Map<String, Object>>> live;
        try (ConfigurableApplicationContext async = start(dataDir, "async", "--duality.projections.segments=16")) {
            playTwoCampaignsAtOnce(port(async));
            Api admin = new Api(port(async)).as(ADMIN_TOKEN);
            awaitCaughtUp(admin, 16);
            live = snapshot(jdbc(async));
            assertRealistic(live, jdbc(async));

            replayAll(admin, 16);
            assertSameRows(live, snapshot(jdbc(async)), "rebuilt with batch size 100 and 16 segments");
        }

        try (ConfigurableApplicationContext async = start(dataDir, "async", "--duality.projections.batch-size=1")) {
            replayAll(new Api(port(async)).as(ADMIN_TOKEN), 16);
            assertSameRows(live, snapshot(jdbc(async)), "rebuilt with batch size 1");
        }

        // one segment and batches of 500 in the same run: each start of the service costs seconds of the build
        try (ConfigurableApplicationContext async = start(dataDir, "async", "--duality.projections.segments=1",
                "--duality.projections.batch-size=500")) {
            Api admin = new Api(port(async)).as(ADMIN_TOKEN);
            // the segment count applies to new tokens: stop every processor, drop its tokens and empty the tables,
            // and each starts over from the journal's start with one segment
            List<EventProcessor> processors = processors(async);
            processors.forEach(EventProcessor::shutDown);
            jdbc(async).update("delete from token_entry");
            jdbc(async).execute("truncate table " + String.join(", ", live.keySet()));
            processors.forEach(EventProcessor::start);
            awaitCaughtUp(admin, 1);
            assertSameRows(live, snapshot(jdbc(async)), "built from an empty database with one segment, batch 500");

            replayAll(admin, 1);
            assertSameRows(live, snapshot(jdbc(async)), "rebuilt with one segment and batch size 500");
        }
    }

    /**
     * Two campaigns played at the same time, so their events interleave in the journal: the whole session of
     * docs/api.md, and its combat round followed by the rest of a table's evening ({@link #restOfTheEvening}).
     */
    private static void playTwoCampaignsAtOnce(int port) throws Exception {
        ExecutorService tables = Executors.newFixedThreadPool(2);
        try {
            Future<?> session = tables.submit((Callable<Void>) () -> {
                CurlWalkthrough.run(port, DaggerheartSessionWalkthroughIT.SECTION,
                        DaggerheartSessionWalkthroughIT.STEPS);
                return null;
            });
            Future<?> combat = tables.submit((Callable<Void>) () -> {
                restOfTheEvening(new Api(port), CurlWalkthrough.run(port, DaggerheartWalkthroughIT.SECTION,
                        DaggerheartWalkthroughIT.STEPS));
                return null;
            });
            session.get();
            combat.get();
        } finally {
            tables.shutdownNow();
        }
    }

    /**
     * After the combat round: the spotlight, gates answered, abandoned and resolved, core rolls with an outcome applied
     * and one rejected, notes, countdowns (hidden, shown, advanced, deleted), an adversary corrected, conditioned and
     * attacking, temporary armor and the scene's end, a loadout swap, Hope, Stress and conditions with durations, GM
     * Fear; then commands of the campaign on five different aggregates sent at once, three times over; then the
     * session's end and the table's housekeeping between sessions, up to ending, archiving and restoring the campaign.
     */
    private static void restOfTheEvening(Api api, CurlWalkthrough.Result run) throws Exception {
        String c = "/api/v1/campaigns/" + run.var("C");
        String dh = c + "/daggerheart";
        String session = c + "/sessions/" + run.var("S");
        Api gm = api.as(run.var("GM"));
        Api riley = api.as(run.var("RILEY"));
        Api sam = api.as(run.var("SAM"));
        String sable = run.var("SABLE");
        String marlowe = run.var("MARLOWE");
        String ferryman = run.var("FERRYMAN");

        ok(gm.put(session + "/spotlight", """
                {"type": "character", "character_id": "%s"}""".formatted(sable)), 200);
        ok(gm.delete(session + "/spotlight"), 200);
        String vote = ok(gm.post(session + "/gates", """
                {"gate_type": "group_decision", "reason": "Ford the river at night?",
                 "eligible_participant_ids": ["%s", "%s"]}""".formatted(run.var("RILEY_ID"), run.var("SAM_ID"))), 201)
                .at("/gate_id");
        ok(riley.post(session + "/gates/" + vote + "/responses", "{\"decision\": \"cross\"}"), 200);
        ok(gm.post(session + "/gates/" + vote + "/abandon", "{\"reason\": \"the storm decides\"}"), 200);
        String camp = ok(gm.post(session + "/gates", "{\"gate_type\": \"consent\", \"eligible_participant_ids\": []}"),
                201).at("/gate_id");
        ok(sam.post(session + "/gates/" + camp + "/responses", """
                {"decision": "wait", "response": "Not in the dark"}"""), 200);
        ok(gm.post(session + "/gates/" + camp + "/resolve", """
                {"decision": "wait", "resolution": "They camp by the ford"}"""), 200);

        String served = ok(riley.post(session + "/rolls", """
                {"character_id": "%s", "label": "action", "dice": [{"count": 2, "sides": 12}], "modifier": 1}"""
                .formatted(sable)), 201).at("/roll_seq");
        ok(gm.post(session + "/rolls/" + served + "/outcome", """
                {"targets": ["%s"], "requires_complication": false, "summary": "Sable finds the shallows"}"""
                .formatted(sable), Map.of("Idempotency-Key", "outcome-" + UUID.randomUUID())), 200);
        String physical = ok(sam.post(session + "/rolls", """
                {"label": "damage", "dice": [{"count": 1, "sides": 8}], "physical_results": [5]}"""), 201)
                .at("/roll_seq");
        ok(gm.post(session + "/rolls/" + physical + "/outcome/reject", """
                {"reason_code": "table_ruling", "message": "The rope holds"}"""), 200);
        ok(riley.post(c + "/notes", """
                {"content": "Sable marks the shallows with a stone.", "character_id": "%s"}""".formatted(sable)), 204);

        ok(gm.post(dh + "/countdowns", """
                {"countdown_id": "tide", "name": "The tide rises", "tone": "consequence", "policy": "manual",
                 "starting_value": 8}"""), 201);
        ok(gm.post(dh + "/countdowns/tide/advance", "{\"amount\": 2, \"reason\": \"storm\"}"), 200);
        ok(gm.patch(dh + "/countdowns/tide", "{\"name\": \"The tide rises fast\", \"visible_to_players\": true}"),
                200);
        ok(gm.post(dh + "/countdowns", """
                {"countdown_id": "ferry", "name": "The ferry returns", "tone": "progress",
                 "policy": "action_standard", "starting_value": 3, "loop": "reset", "visible_to_players": true}"""),
                201);
        ok(gm.delete(dh + "/countdowns/ferry"), 204);
        // a countdown id is free again once deleted: a rebuild deletes and inserts the same key in one batch
        ok(gm.post(dh + "/countdowns", """
                {"countdown_id": "ferry", "name": "The ferry is lost", "tone": "consequence", "policy": "manual",
                 "starting_value": 2}"""), 201);

        String adversaries = dh + "/sessions/" + run.var("S") + "/adversaries";
        String bandit = ok(gm.daggerheartAdversary(run.var("C"), run.var("S"), Api.JAGGED_KNIFE_BANDIT), 201)
                .at("/adversary_id");
        ok(gm.patch(adversaries + "/" + bandit, "{\"hp_marked\": 1}"), 200);
        ok(gm.put(adversaries + "/" + bandit + "/conditions", """
                {"conditions": ["restrained"], "added": ["restrained"], "removed": [], "source": "net"}"""), 200);
        // d20 12 + 1 against Marlowe's Evasion 8 (Chainmail): a hit, 1d8+1 with a 4
        String attack = ok(gm.post(adversaries + "/" + bandit + "/attacks", """
                {"targets": [{"character_id": "%s"}], "physical_results": [12, 4]}""".formatted(marlowe)), 201)
                .at("/roll_seq");
        ok(sam.post(dh + "/characters/" + marlowe + "/damage", "{\"attack_roll_seq\": " + attack + "}"), 200);
        String lackey = ok(gm.daggerheartAdversary(run.var("C"), run.var("S"), Api.JAGGED_KNIFE_LACKEY), 201)
                .at("/adversary_id");
        ok(gm.delete(adversaries + "/" + lackey), 204);

        ok(sam.post(dh + "/characters/" + marlowe + "/temporary-armor", """
                {"source": "shield_spell", "duration": "scene", "amount": 1}"""), 200);
        ok(gm.put(dh + "/characters/" + marlowe + "/conditions", """
                {"conditions": ["restrained"], "lasting": {"restrained": "scene"}, "source": "vines"}"""), 200);
        ok(gm.post(dh + "/scene/end", ""), 200);
        ok(riley.post(dh + "/characters/" + sable + "/loadout/swap", """
                {"card_id": "bone-untouchable", "to": "vault"}"""), 200);
        int hope = ok(riley.get(dh + "/characters/" + sable + "/state"), 200).json().at("/hope").asInt();
        ok(gm.patch(dh + "/characters/" + sable + "/state", "{\"hope\": " + (hope == 3 ? 4 : 3) + "}"), 200);
        ok(riley.post(dh + "/characters/" + sable + "/hope/spend", "{\"amount\": 1}"), 200);
        ok(sam.post(dh + "/characters/" + marlowe + "/stress/spend", "{\"amount\": 1, \"reason\": \"feature\"}"),
                200);
        ok(gm.post(dh + "/gm-fear/gain", "{\"amount\": 1, \"reason\": \"interrupt\"}"), 200);

        // one campaign, five aggregates (campaign, countdowns, GM state, session, a sheet), all at once
        ExecutorService table = Executors.newFixedThreadPool(5);
        try {
            for (int round = 0; round < 3; round++) {
                String conditions = round % 2 == 0 ? "[\"hidden\"]" : "[]";
                List<Callable<Api.Response>> together = List.of(
                        () -> riley.post(c + "/notes", "{\"content\": \"Round of the storm\"}"),
                        () -> gm.post(dh + "/countdowns/tide/advance", "{\"amount\": 1}"),
                        () -> gm.post(dh + "/gm-fear/gain", "{\"amount\": 1}"),
                        () -> sam.post(session + "/rolls", "{\"dice\": [{\"count\": 2, \"sides\": 12}]}"),
                        () -> sam.put(dh + "/characters/" + marlowe + "/conditions",
                                "{\"conditions\": " + conditions + "}"));
                for (Future<Api.Response> answer : table.invokeAll(together)) {
                    assertThat(answer.get().status()).as(answer.get().text()).isBetween(200, 204);
                }
            }
        } finally {
            table.shutdownNow();
        }
        ok(gm.post(session + "/end", ""), 200);

        // between sessions
        ok(gm.patch(c, "{\"name\": \"The Ford, after the storm\"}"), 200);
        String pat = ok(gm.post(c + "/participants", "{\"name\": \"Pat\", \"role\": \"player\"}"), 201)
                .at("/participant_id");
        ok(gm.patch(c + "/participants/" + pat, "{\"name\": \"Patrick\"}"), 200);
        ok(gm.delete(c + "/participants/" + pat + "?reason=moved"), 204);
        ok(gm.patch(c + "/characters/" + ferryman, "{\"notes\": \"Owes the party a crossing\"}"), 200);
        ok(gm.post(c + "/characters/" + ferryman + "/transfer", """
                {"new_owner_participant_id": "%s"}""".formatted(run.var("SAM_ID"))), 200);
        String gull = ok(gm.createCharacter(run.var("C"), "Gull", "npc", run.var("GM_ID")), 201).at("/character_id");
        ok(gm.delete(c + "/characters/" + gull), 204);
        String invite = ok(gm.post(c + "/invites", "{\"role\": \"player\"}"), 201).at("/invite_id");
        ok(gm.delete(c + "/invites/" + invite), 204);
        ok(gm.put(dh + "/settings", "{\"massive_damage\": true}"), 200);
        ok(gm.post(c + "/end", ""), 200);
        ok(gm.post(c + "/archive", ""), 200);
        ok(gm.post(c + "/restore", ""), 200);
    }

    /** Every read-model table has rows, and the timeline numbers each campaign's events 1, 2, … in journal order. */
    private static void assertRealistic(Map<String, List<Map<String, Object>>> tables, JdbcTemplate jdbc) {
        assertThat(tables.keySet()).contains("campaigns", "participants", "characters", "sessions", "gates",
                "gate_responses", "invites", "access_tokens", "timeline_entries", "daggerheart_characters",
                "daggerheart_gm_state", "daggerheart_action_rolls", "daggerheart_countdowns", "daggerheart_adversaries",
                "daggerheart_adversary_attacks");
        tables.forEach((table, rows) -> assertThat(rows).as(table).isNotEmpty());
        assertThat(tables.get("campaigns")).hasSize(4);

        assertThat(tables.get("timeline_entries")).as("every event of the journal is on a campaign's timeline")
                .hasSize(jdbc.queryForObject("select count(*) from domain_event_entry", Integer.class));
        Map<Object, Long> last = new LinkedHashMap<>();
        Map<Object, Long> lastPosition = new LinkedHashMap<>();
        for (Map<String, Object> entry : tables.get("timeline_entries")) {
            Object campaign = entry.get("campaign_id");
            long seq = ((Number) entry.get("seq")).longValue();
            long position = ((Number) entry.get("journal_position")).longValue();
            assertThat(seq).as("the next number of campaign %s", campaign)
                    .isEqualTo(last.getOrDefault(campaign, 0L) + 1);
            assertThat(position).as("entry %d of campaign %s comes later in the journal", seq, campaign)
                    .isGreaterThan(lastPosition.getOrDefault(campaign, 0L));
            last.put(campaign, seq);
            lastPosition.put(campaign, position);
        }
    }

    /** Rebuilds every projection from the journal's start and waits until each has caught up again. */
    private static void replayAll(Api admin, int segments) {
        for (JsonNode projection : ok(admin.get("/admin/v1/projections"), 200).json()) {
            ok(admin.post("/admin/v1/projections/" + projection.at("/name").asString() + "/replay", ""), 202);
        }
        awaitCaughtUp(admin, segments);
    }

    private static void awaitCaughtUp(Api admin, int segments) {
        try {
            awaitEveryProjection(admin, segments);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("not caught up: " + admin.get("/admin/v1/projections").text(), e);
        }
    }

    private static void awaitEveryProjection(Api admin, int segments) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode projections = ok(admin.get("/admin/v1/projections"), 200).json();
            assertThat(projections.size()).isPositive();
            for (JsonNode projection : projections) {
                String name = projection.at("/name").asString();
                assertThat(projection.at("/mode").asString()).as(name).isEqualTo("async");
                assertThat(projection.at("/segments").asInt()).as(name).isEqualTo(segments);
                assertThat(projection.at("/replaying").asBoolean()).as(name).isFalse();
                assertThat(projection.at("/lag").isNull()).as(name).isFalse();
                assertThat(projection.at("/lag").asLong()).as(name).isZero();
            }
        });
    }

    /** Every read-model table's rows, ordered by its primary key. */
    private static Map<String, List<Map<String, Object>>> snapshot(JdbcTemplate jdbc) {
        Map<String, List<Map<String, Object>>> tables = new TreeMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = current_schema() and table_type = 'BASE TABLE'", String.class)) {
            if (NOT_READ_MODELS.contains(table) || table.startsWith("flyway_schema_history")) {
                continue;
            }
            List<String> key = jdbc.queryForList("select a.attname from pg_index i join pg_attribute a "
                    + "on a.attrelid = i.indrelid and a.attnum = any(i.indkey) "
                    + "where i.indrelid = ?::regclass and i.indisprimary "
                    + "order by array_position(i.indkey, a.attnum)", String.class, table);
            assertThat(key).as(table + " has a primary key").isNotEmpty();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Map<String, Object> row : jdbc.queryForList("select * from " + table + " order by "
                    + String.join(", ", key))) {
                Map<String, Object> comparable = new LinkedHashMap<>();
                row.forEach((column, value) -> comparable.put(column,
                        value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value));
                rows.add(comparable);
            }
            tables.put(table, rows);
        }
        return tables;
    }

    private static void assertSameRows(Map<String, List<Map<String, Object>>> expected,
                                       Map<String, List<Map<String, Object>>> actual, String how) {
        assertThat(actual.keySet()).as(how).isEqualTo(expected.keySet());
        List<String> differences = new ArrayList<>();
        expected.forEach((table, rows) -> {
            List<Map<String, Object>> rebuilt = actual.get(table);
            if (rebuilt.size() != rows.size()) {
                differences.add(table + ": " + rows.size() + " rows live, " + rebuilt.size() + " " + how);
                return;
            }
            for (int i = 0; i < rows.size(); i++) {
                if (!rows.get(i).equals(rebuilt.get(i))) {
                    differences.add(table + " row " + i + ":\n  live    " + rows.get(i) + "\n  rebuilt "
                            + rebuilt.get(i));
                }
            }
        });
        if (!differences.isEmpty()) {
            fail(how + ", " + differences.size() + " rows differ from the live tables:\n"
                    + String.join("\n", differences.subList(0, Math.min(20, differences.size()))));
        }
    }

    private static JdbcTemplate jdbc(ConfigurableApplicationContext app) {
        return new JdbcTemplate(app.getBean(DataSource.class));
    }

    private static List<EventProcessor> processors(ConfigurableApplicationContext app) {
        return List.copyOf(app.getBean(Configuration.class).eventProcessingConfiguration().eventProcessors().values());
    }
}
