package dev.duality.app.bundle;

import dev.duality.app.DualityApplication;
import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.ServiceIntegrationTest;
import dev.duality.app.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import javax.sql.DataSource;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.duality.app.support.Problems.assertProblem;
import static dev.duality.app.support.Problems.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Session bundles end to end: a campaign played here (the shared service, "home") is exported by its owner, signed,
 * and imported into another Duality ("away": a second application on a schema of its own, trusting home's key and a
 * test key), whose read models then answer every read exactly as home's do, to the same access keys. A bundle of one
 * session holds the campaign as it stood when that session ended. Every refusal has its code and field.
 */
@DualityIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionBundleIT extends ServiceIntegrationTest {
    private static final String AWAY_ADMIN = "away-admin-token";
    private static final JsonMapper BUNDLES = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    private ConfigurableApplicationContext awayContext;
    private Api home;
    private Api away;
    /** A key away trusts, for bundles this test writes itself. */
    private KeyPair testKey;

    @BeforeAll
    void startAway() throws Exception {
        home = new Api(port);
        testKey = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String homeKey = ok(home.as(DualityIntegrationTest.ADMIN_TOKEN).get("/admin/v1/bundles/key"), 200)
                .at("/public_key");
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--duality.admin.token=" + AWAY_ADMIN,
                "--duality.live.poll-interval=1h",
                "--duality.bundles.trusted-keys=" + homeKey + "," + BundleKeys.encode(testKey.getPublic())));
        args.addAll(TestDatabase.separate("bundle").arguments());
        DualityApplication.disableAxonUpdateChecker();
        awayContext = new SpringApplicationBuilder(DualityApplication.class).run(args.toArray(String[]::new));
        away = new Api(((WebServerApplicationContext) awayContext).getWebServer().getPort());
    }

    @AfterAll
    void stopAway() {
        if (awayContext != null) {
            awayContext.close();
        }
    }

    @Test
    void aPlayedCampaignImportedElsewhereAnswersEveryReadAsAtHome() {
        Played played = play("Exported whole");
        Api.Response exported = ok(home.as(played.owner).get(played.path + "/bundle"), 200);
        JsonNode bundle = exported.json();
        assertThat(bundle.at("/format").asString()).isEqualTo("duality.bundle");
        assertThat(bundle.at("/scope").asString()).isEqualTo("campaign");
        assertThat(bundle.at("/key_id").asString()).startsWith("ed25519:");
        assertThat(bundle.at("/events/0/type").asString()).isEqualTo("campaign.created");
        List<String> eventIds = new ArrayList<>();
        bundle.at("/events").forEach(event -> eventIds.add(event.at("/event_id").asString()));
        // every stream of the campaign: its own, both sessions', the sheets, the GM's, the countdowns, the adversary
        assertThat(streams(bundle)).contains(played.id, "session:" + played.id + ":" + played.sessions.get(0),
                "daggerheart:gm:" + played.id, "daggerheart:countdowns:" + played.id)
                .anyMatch(stream -> stream.startsWith("daggerheart:character:" + played.id + ":"))
                .anyMatch(stream -> stream.startsWith("daggerheart:adversary:" + played.id + ":"));

        // a dry run shows what the import would append, and appends nothing
        long before = awayJournalSize();
        JsonNode preview = ok(away.as(AWAY_ADMIN).post("/admin/v1/bundles?dry_run=true", exported.text()), 200)
                .json();
        assertThat(preview.at("/status").asInt()).isEqualTo(201);
        assertThat(preview.at("/events").size()).isEqualTo(eventIds.size());
        assertThat(awayJournalSize()).isEqualTo(before);
        assertProblem(away.as(played.owner).get(played.path), 401, "AUTH_TOKEN_INVALID");

        Api.Response imported = ok(away.as(AWAY_ADMIN).post("/admin/v1/bundles", exported.text()), 201);
        assertThat(imported.header("Location")).isEqualTo(played.path);
        assertThat(imported.json().at("/events").asInt()).isEqualTo(eventIds.size());
        assertThat(imported.json().at("/key_id").asString()).isEqualTo(bundle.at("/key_id").asString());

        // the same access keys open it there, and every read answers as at home, for the owner and for a player
        settled(away);
        Map<String, JsonNode> atHome = reads(home, played);
        // (reads that answered, not refusals alike on both sides)
        assertThat(atHome.values()).filteredOn(JsonNode::isObject).hasSizeGreaterThan(30);
        assertThat(atHome.get("player " + played.path + "/daggerheart/gm-fear").at("/gm_fear").isInt()).isTrue();
        assertThat(reads(away, played)).isEqualTo(atHome);
        // the journal holds each event unchanged: id, stream, sequence, type, revision, time, payload, metadata
        List<Map<String, Object>> recorded = rows(dataSource, eventIds);
        assertThat(recorded).hasSize(eventIds.size());
        assertThat(rows(awayContext.getBean(DataSource.class), eventIds)).isEqualTo(recorded);
        // chained by the database as it appended them
        JsonNode verified = ok(away.as(AWAY_ADMIN).post("/admin/v1/journal/verify", ""), 200).json();
        assertThat(verified.at("/intact").asBoolean()).as(verified.toString()).isTrue();
        // and every projection there is what a rebuild from its journal gives
        ok(away.as(AWAY_ADMIN).get("/admin/v1/projections"), 200).json().forEach(projection -> {
            String name = projection.at("/name").asString();
            JsonNode check = ok(away.as(AWAY_ADMIN).post("/admin/v1/projections/" + name + "/verify", ""), 200).json();
            assertThat(check.at("/identical").asBoolean()).as(name + ": " + check).isTrue();
        });
        // and the campaign goes on there
        ok(away.as(played.owner).post(played.path + "/daggerheart/gm-fear/gain",
                "{\"amount\": 1, \"reason\": \"momentum\"}"), 200);

        // once is all: the campaign exists there now, and it always existed here
        assertProblem(away.as(AWAY_ADMIN).post("/admin/v1/bundles", exported.text()), 409,
                "BUNDLE_CAMPAIGN_EXISTS", "campaign_id");
        assertProblem(home.as(DualityIntegrationTest.ADMIN_TOKEN).post("/admin/v1/bundles", exported.text()), 409,
                "BUNDLE_CAMPAIGN_EXISTS", "campaign_id");
    }

    @Test
    void aSessionsBundleHoldsTheCampaignAsItStoodWhenTheSessionEnded() {
        Played played = play("Exported by session");
        Api.Response exported = ok(home.as(played.owner).get(played.path + "/bundle?session_id="
                + played.sessions.get(0)), 200);
        JsonNode bundle = exported.json();
        assertThat(bundle.at("/scope").asString()).isEqualTo("session");
        assertThat(bundle.at("/session_id").asString()).isEqualTo(played.sessions.get(0));
        List<String> types = new ArrayList<>();
        bundle.at("/events").forEach(event -> types.add(event.at("/type").asString()));
        assertThat(types).contains("session.ended").containsOnlyOnce("session.started");

        ok(away.as(AWAY_ADMIN).post("/admin/v1/bundles", exported.text()), 201);
        settled(away);
        assertThat(reads(away, played.firstOnly())).isEqualTo(played.afterFirstSession);
        assertThat(reads(away, played.firstOnly())).isNotEqualTo(reads(home, played.firstOnly()));

        // a session still running: everything so far
        JsonNode running = ok(home.as(played.owner).get(played.path + "/bundle?session_id=" + played.sessions.get(1)),
                200).json();
        assertThat(running.at("/events").size()).isEqualTo(ok(home.as(played.owner).get(played.path + "/bundle"),
                200).json().at("/events").size()).isGreaterThan(bundle.at("/events").size());
        assertProblem(home.as(played.owner).get(played.path + "/bundle?session_id=no-such-session"), 404,
                "SESSION_NOT_FOUND", "session_id");
    }

    @Test
    void aChangedBundleIsRefusedAndNothingIsWritten() {
        Played played = play("Tampered");
        JsonNode bundle = ok(home.as(played.owner).get(played.path + "/bundle"), 200).json();
        Api admin = away.as(AWAY_ADMIN);
        long before = awayJournalSize();

        ObjectNode changedPayload = copy(bundle);
        ((ObjectNode) changedPayload.at("/events/0/payload")).put("name", "Renamed on the way");
        assertProblem(admin.post("/admin/v1/bundles", changedPayload.toString()), 400, "BUNDLE_SIGNATURE_INVALID",
                "digest");

        ObjectNode changedSignature = copy(bundle);
        byte[] signature = Base64.getDecoder().decode(bundle.at("/signature").asString());
        signature[0] ^= 1;
        changedSignature.put("signature", Base64.getEncoder().encodeToString(signature));
        assertProblem(admin.post("/admin/v1/bundles", changedSignature.toString()), 400, "BUNDLE_SIGNATURE_INVALID",
                "signature");

        // signed anew by a key away does not trust: a valid signature, of no one it knows
        ObjectNode untrusted = signed(copy(bundle), generateKey());
        assertProblem(admin.post("/admin/v1/bundles", untrusted.toString()), 422, "BUNDLE_SIGNER_UNTRUSTED",
                "key_id");

        // signed by a trusted key, but an event type away's modules lack
        ObjectNode unknown = copy(bundle);
        ((ObjectNode) unknown.at("/events/1")).put("type", "sys.moonlight.omen_seen");
        assertProblem(admin.post("/admin/v1/bundles", signed(unknown, testKey).toString()), 422,
                "BUNDLE_EVENT_TYPE_UNKNOWN", "events[1].type");

        // a stream that skips a sequence number
        ObjectNode gap = copy(bundle);
        ((ObjectNode) gap.at("/events/1")).put("sequence_number", 7);
        assertProblem(admin.post("/admin/v1/bundles", signed(gap, testKey).toString()), 400, "BUNDLE_MALFORMED",
                "events[1].sequence_number");

        // an event of another campaign's stream
        ObjectNode foreign = copy(bundle);
        ((ObjectNode) foreign.at("/events/1")).put("aggregate_id", "someone-else");
        assertProblem(admin.post("/admin/v1/bundles", signed(foreign, testKey).toString()), 400, "BUNDLE_MALFORMED",
                "events[1].aggregate_id");

        // metadata that is no JSON object, an id wider than the journal's column
        ObjectNode metadata = copy(bundle);
        ((ObjectNode) metadata.at("/events/2")).put("metadata", "from elsewhere");
        assertProblem(admin.post("/admin/v1/bundles", signed(metadata, testKey).toString()), 400, "BUNDLE_MALFORMED",
                "events[2].metadata");
        ObjectNode wide = copy(bundle);
        ((ObjectNode) wide.at("/events/2")).put("event_id", "e".repeat(256));
        assertProblem(admin.post("/admin/v1/bundles", signed(wide, testKey).toString()), 400, "BUNDLE_MALFORMED",
                "events[2].event_id");

        // not a bundle at all
        assertProblem(admin.post("/admin/v1/bundles", "{\"format\": \"zip\"}"), 400, "BUNDLE_MALFORMED", "format");
        ObjectNode noEvents = copy(bundle);
        noEvents.set("events", BUNDLES.createArrayNode());
        assertProblem(admin.post("/admin/v1/bundles", noEvents.toString()), 400, "BUNDLE_MALFORMED", "events");

        assertThat(awayJournalSize()).isEqualTo(before);
        // the campaign is not there
        assertProblem(away.as(AWAY_ADMIN).get(played.path), 404, "CAMPAIGN_NOT_FOUND");
    }

    @Test
    void theServiceShowsItsKeyAndKeepsItAcrossRestarts() {
        JsonNode key = ok(away.as(AWAY_ADMIN).get("/admin/v1/bundles/key"), 200).json();
        assertThat(key.at("/algorithm").asString()).isEqualTo("Ed25519");
        assertThat(key.at("/source").asString()).isEqualTo("generated");
        assertThat(key.at("/trusted_key_ids").size()).isEqualTo(2);
        assertThat(key.at("/trusted_key_ids/1").asString()).isEqualTo(BundleKeys.id(testKey.getPublic()));
        // the generated key is the database's: the key store answers the stored one, never a new one
        assertThat(new JdbcTemplate(awayContext.getBean(DataSource.class)).queryForObject(
                "select count(*) from bundle_signing_key", Integer.class)).isEqualTo(1);
        BundleKeys again = new BundleKeys(new BundleProperties(null, List.of()),
                awayContext.getBean(dev.duality.app.persistence.BundleKeyStore.class));
        assertThat(BundleKeys.encode(again.publicKey())).isEqualTo(key.at("/public_key").asString());
    }

    @Test
    void aConfiguredKeySignsAndItsPublicHalfIsDerived() throws Exception {
        KeyPair pair = generateKey();
        BundleKeys configured = new BundleKeys(new BundleProperties(
                Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()), List.of()), null);
        assertThat(configured.publicKey()).isEqualTo(pair.getPublic());
        assertThat(configured.source()).isEqualTo(BundleKeys.Source.CONFIGURED);
        byte[] data = {1, 2, 3};
        assertThat(BundleKeys.verify(pair.getPublic(), data, configured.sign(data))).isTrue();
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** A campaign played over two sessions, with what its reads answered when the first one ended. */
    private record Played(String id, String path, String owner, String player, List<String> sessions,
                          List<String> characters, Map<String, JsonNode> afterFirstSession) {
        Played firstOnly() {
            return new Played(id, path, owner, player, sessions.subList(0, 1), characters, Map.of());
        }
    }

    /**
     * A GM (the owner) and a player: a Ranger ready to play, countdowns, a first session with a Duality roll and its
     * outcome, an adversary damaged, GM Fear spent, notes and a GM's secret note, its end; then a second session
     * with more Fear and damage, still running.
     */
    private Played play(String name) {
        Api.Response created = ok(home.createCampaign(name), 201);
        String id = created.at("/campaign_id");
        String path = "/api/v1/campaigns/" + id;
        String dh = path + "/daggerheart";
        Api gm = home.as(created.at("/access_token"));
        Api.Player seat = gm.readyDaggerheartPlayer(id, "Riley", "Sable");
        Api riley = seat.api();
        String sable = seat.characterId();
        ok(gm.post(dh + "/countdowns", """
                {"countdown_id": "ritual", "name": "The ritual completes", "tone": "consequence",
                 "policy": "action_dynamic", "starting_value": 5, "loop": "reset", "visible_to_players": true}"""),
                201);
        ok(gm.post(dh + "/countdowns", """
                {"countdown_id": "reinforcements", "name": "Reinforcements arrive", "policy": "manual",
                 "starting_value": 3}"""), 201);

        String first = ok(gm.post(path + "/sessions", "{\"name\": \"The ford\"}"), 201).at("/session_id");
        String rolls = dh + "/sessions/" + first + "/action-rolls";
        ok(riley.post(rolls, """
                {"character_id": "%s", "trait": "agility", "experiences": ["Tracker"], "difficulty": 12,
                 "physical_results": [9, 4]}""".formatted(sable)), 201);
        ok(gm.post(rolls + "/1/outcome", "", Map.of("Idempotency-Key", "bundle-" + id)), 200);
        String bandit = ok(gm.daggerheartAdversary(id, first, Api.JAGGED_KNIFE_BANDIT), 201).at("/adversary_id");
        ok(gm.post(dh + "/sessions/" + first + "/adversaries/" + bandit + "/damage", """
                {"amount": 9, "damage_types": ["physical"], "source": "longsword"}"""), 200);
        ok(gm.post(dh + "/countdowns/reinforcements/advance", "{\"amount\": 1}"), 200);
        ok(gm.post(dh + "/characters/" + sable + "/damage", """
                {"amount": 9, "damage_types": ["physical"], "mark_armor_slot": true, "source": "bear_claws"}"""),
                200);
        ok(riley.post(path + "/notes", "{\"content\": \"The bridge is out.\"}"), 204);
        ok(gm.post(path + "/gm-notes", "{\"content\": \"The miller is the cult's informant.\"}"), 201);
        ok(gm.post(path + "/sessions/" + first + "/end", ""), 200);
        Map<String, JsonNode> afterFirst = reads(home, new Played(id, path, created.at("/access_token"),
                seat.accessToken(), List.of(first), List.of(sable), Map.of()));

        String second = ok(gm.post(path + "/sessions", "{\"name\": \"The mill\"}"), 201).at("/session_id");
        ok(gm.post(dh + "/gm-fear/gain", "{\"amount\": 2, \"reason\": \"momentum\"}"), 200);
        ok(gm.post(dh + "/characters/" + sable + "/damage", """
                {"amount": 3, "damage_types": ["magic"], "source": "hex"}"""), 200);
        ok(gm.daggerheartAdversary(id, second, Api.JAGGED_KNIFE_LACKEY), 201);
        return new Played(id, path, created.at("/access_token"), seat.accessToken(), List.of(first, second),
                List.of(sable), afterFirst);
    }

    /** Every read of the campaign, by path, as its owner and as its player see it. */
    private static Map<String, JsonNode> reads(Api service, Played played) {
        String c = played.path;
        String dh = c + "/daggerheart";
        List<String> paths = new ArrayList<>(List.of(c, c + "/participants", c + "/characters", c + "/invites",
                c + "/sessions", c + "/timeline?limit=200", dh + "/characters", dh + "/gm-fear", dh + "/settings",
                dh + "/countdowns"));
        for (String character : played.characters) {
            paths.addAll(List.of(c + "/characters/" + character, dh + "/characters/" + character,
                    dh + "/characters/" + character + "/state"));
        }
        for (String session : played.sessions) {
            paths.addAll(List.of(c + "/sessions/" + session, c + "/sessions/" + session + "/gates",
                    dh + "/sessions/" + session + "/adversaries", dh + "/sessions/" + session + "/action-rolls"));
        }
        Map<String, JsonNode> reads = new LinkedHashMap<>();
        for (String path : paths) {
            for (Map.Entry<String, String> who : Map.of("owner", played.owner, "player", played.player).entrySet()) {
                Api.Response read = service.as(who.getValue()).get(path);
                if (who.getKey().equals("owner") || read.status() != 403) {
                    reads.put(who.getKey() + " " + path, read.status() == 200 ? read.json()
                            : BUNDLES.valueToTree(read.status() + " " + read.at("/code")));
                }
            }
        }
        return reads;
    }

    /**
     * Once every projection of the service has applied the journal: at once inline; in the async mode (the async
     * flows run this class again) an import's answer comes before the streaming processors apply its events.
     */
    private static void settled(Api service) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> ok(service.as(AWAY_ADMIN)
                .get("/admin/v1/projections"), 200).json().forEach(projection -> assertThat(projection.at("/lag")
                .asLong()).as(projection.at("/name").asString()).isZero()));
    }

    private static List<String> streams(JsonNode bundle) {
        List<String> streams = new ArrayList<>();
        bundle.at("/events").forEach(event -> streams.add(event.at("/aggregate_id").asString()));
        return streams;
    }

    /** The journal's columns of these events, but the position and hash that belong to each journal. */
    private static List<Map<String, Object>> rows(DataSource journal, List<String> eventIds) {
        return new JdbcTemplate(journal).queryForList("""
                select event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,
                       payload_revision, encode(sha256(payload), 'hex') as payload,
                       encode(sha256(coalesce(meta_data, '')), 'hex') as meta_data
                from domain_event_entry where event_identifier = any (?) order by global_index""",
                (Object) eventIds.toArray(String[]::new));
    }

    private long awayJournalSize() {
        return new JdbcTemplate(awayContext.getBean(DataSource.class)).queryForObject(
                "select count(*) from domain_event_entry", Long.class);
    }

    /** The bundle signed anew with {@code key}: its key id and public key, digest and signature. */
    private static ObjectNode signed(ObjectNode bundle, KeyPair key) {
        bundle.put("key_id", BundleKeys.id(key.getPublic()));
        bundle.put("public_key", BundleKeys.encode(key.getPublic()));
        byte[] digest = Bundles.digest(BUNDLES.treeToValue(bundle, Bundle.class));
        bundle.put("digest", HexFormat.of().formatHex(digest));
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key.getPrivate());
            signature.update(digest);
            bundle.put("signature", Base64.getEncoder().encodeToString(signature.sign()));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return bundle;
    }

    private static ObjectNode copy(JsonNode bundle) {
        return (ObjectNode) bundle.deepCopy();
    }

    private static KeyPair generateKey() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
