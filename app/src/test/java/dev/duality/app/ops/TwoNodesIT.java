package dev.duality.app.ops;

import dev.duality.app.support.Api;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import static dev.duality.app.ops.AsyncApplyModeIT.ADMIN_TOKEN;
import static dev.duality.app.support.Problems.ok;
import static dev.duality.app.ops.AsyncApplyModeIT.port;
import static dev.duality.app.ops.AsyncApplyModeIT.start;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the service on one database, both in the async mode: node A runs the embedded PostgreSQL, node B
 * connects to it. Each decides on the journal as it is, never on what it cached before the other node changed it, and
 * their streaming processors share the projections' segments through token claims, so every event lands in each
 * projection once.
 */
class TwoNodesIT {

    @Test
    void twoNodesNeverDecideOnStaleStateAndEveryEventLandsOnce(@TempDir Path dataDir) throws IOException {
        int databasePort = freePort();
        try (ConfigurableApplicationContext a = start(dataDir, "async",
                "--duality.database.embedded.port=" + databasePort, "--duality.projections.segments=16")) {
            Api nodeA = new Api(port(a));
            Api.Response created = ok(nodeA.createCampaign("Two nodes"), 201);
            String id = created.at("/campaign_id");
            String campaign = "/api/v1/campaigns/" + id;
            String owner = created.at("/access_token");
            Api.Response gale = claim(nodeA.as(owner), id, "gm", "Gale");
            Api.Response riley = ok(nodeA.as(owner).invitePlayer(id, "Riley"), 201);
            String pc = ok(nodeA.as(riley.at("/access_token")).createCharacter(id, "Sable", "pc",
                    riley.at("/participant_id")), 201).at("/character_id");
            ok(nodeA.as(riley.at("/access_token")).readyDaggerheartCharacter(id, pc), 200);

            try (ConfigurableApplicationContext b = start(dataDir.resolve("unused"), "async",
                    "--duality.database.url=jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres",
                    // the role node A's embedded server created for the service, and its superuser as the owner
                    "--duality.database.username=duality", "--duality.database.owner-username=postgres")) {
                Api nodeB = new Api(port(b));
                // node A lets go of half of every processor's segments, and node B takes them
                a.getBean(org.axonframework.config.Configuration.class).eventProcessingConfiguration()
                        .eventProcessors().values().forEach(processor -> {
                            if (processor instanceof StreamingEventProcessor streaming) {
                                for (int segment = 8; segment < 16; segment++) {
                                    streaming.releaseSegment(segment);
                                }
                            }
                        });
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> ok(nodeB.as(ADMIN_TOKEN)
                        .get("/admin/v1/projections"), 200).json().forEach(projection -> assertThat(projection
                        .at("/segments_here").asInt()).as(projection.at("/name").asString()).isPositive()));
                // node A decides a GM's command, and keeps the campaign in memory
                Api galeOnA = nodeA.as(gale.at("/access_token"));
                String settings = campaign + "/daggerheart/settings";
                ok(galeOnA.put(settings, "{\"massive_damage\": true}"), 200);
                // node B makes Gale a player
                ok(nodeB.as(owner).patch(campaign + "/participants/" + gale.at("/participant_id"),
                        "{\"role\": \"player\"}"), 200);
                // node A decides on the journal, not on the campaign it cached before
                Api.Response refused = galeOnA.put(settings, "{\"massive_damage\": false}");
                assertThat(refused.status()).as(refused.text()).isEqualTo(403);
                assertThat(refused.at("/code")).isEqualTo("AUTHZ_DENY_REQUIRES_GM");
                // and back: node B makes Gale a GM again, node A lets her
                ok(nodeB.as(owner).patch(campaign + "/participants/" + gale.at("/participant_id"),
                        "{\"role\": \"gm\"}"), 200);
                ok(galeOnA.put(settings, "{\"massive_damage\": false}"), 200);

                // node A starts the session; node B opens a gate; node A refuses what a gate holds back
                String session = ok(nodeA.as(owner).post(campaign + "/sessions", "{\"name\": \"One\"}"), 201)
                        .at("/session_id");
                ok(nodeB.as(owner).post(campaign + "/sessions/" + session + "/gates", """
                        {"gate_type": "vote", "reason": "Which road?", "eligible_participant_ids": []}"""), 201);
                Api.Response held = nodeA.as(owner).post(campaign + "/daggerheart/gm-fear/gain",
                        "{\"amount\": 1, \"reason\": \"momentum\"}");
                assertThat(held.status()).as(held.text()).isEqualTo(409);
                assertThat(held.at("/code")).isEqualTo("SESSION_GATE_OPEN");

                // notes from both nodes, interleaved: each lands in every projection once
                for (int i = 0; i < 10; i++) {
                    Api node = i % 2 == 0 ? nodeA : nodeB;
                    ok(node.as(owner).post(campaign + "/notes", "{\"content\": \"Note " + i + "\"}"), 204);
                }
                Api admin = nodeA.as(ADMIN_TOKEN);
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> ok(admin.get("/admin/v1/projections"), 200)
                        .json().forEach(p -> assertThat(p.at("/lag").asLong()).as(p.at("/name").asString()).isZero()));
                ok(admin.get("/admin/v1/projections"), 200).json().forEach(projection -> {
                    String name = projection.at("/name").asString();
                    // an event applied twice (two nodes on one segment) would have been parked as a duplicate
                    assertThat(projection.at("/dead_letters").asLong()).as(name).isZero();
                    assertThat(projection.at("/segments_here").asInt()).as(name).isBetween(1, 15);
                    JsonNode verified = ok(admin.post("/admin/v1/projections/" + name + "/verify", ""), 200).json();
                    assertThat(verified.at("/identical").asBoolean()).as(name + ": " + verified).isTrue();
                });
                JsonNode timeline = ok(nodeB.as(owner).get(campaign + "/timeline?limit=200"), 200).json().at("/items");
                long notes = 0;
                for (JsonNode entry : timeline) {
                    notes += entry.at("/event_type").asString().equals("story.note_added") ? 1 : 0;
                }
                assertThat(notes).isEqualTo(10);
            }
        }
    }

    private static Api.Response claim(Api owner, String campaignId, String role, String name) {
        String campaign = "/api/v1/campaigns/" + campaignId;
        Api.Response invite = ok(owner.post(campaign + "/invites", "{\"role\": \"" + role + "\"}"), 201);
        return ok(owner.as(null).post(campaign + "/invites/claim", """
                {"code": "%s", "name": "%s"}""".formatted(invite.at("/code"), name)), 201);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
