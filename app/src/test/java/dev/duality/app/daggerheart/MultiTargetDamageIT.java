package dev.duality.app.daggerheart;

import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.ServiceIntegrationTest;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static dev.duality.app.support.Problems.ok;
import static dev.duality.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Damage to several characters at once is one decision on the real database (PostgreSQL): a refused target means no
 * target takes damage and nothing is appended, and concurrent decisions on overlapping characters neither lose an
 * update nor deadlock.
 *
 * <p>The table: an owner (GM) and a player; the player's characters are Rangers in Leather armor (SRD: HP 6, thresholds
 * 7/14), so each hit of 3 physical damage without an Armor Slot is below Major and marks exactly 1 HP.
 */
@DualityIntegrationTest
class MultiTargetDamageIT extends ServiceIntegrationTest {
    private static final String CAMPAIGNS = "/api/v1/campaigns";
    /** Threads sending multi-target damage at once. */
    private static final int THREADS = 6;
    /** Each round has its own three characters, so no one runs out of HP. */
    private static final int ROUNDS = 3;
    /** The targets of the six requests of a round: overlapping sets of the round's three characters, in every order. */
    private static final List<List<Integer>> TARGETS = List.of(
            List.of(0, 1, 2), List.of(2, 1, 0), List.of(1, 0), List.of(2, 0), List.of(1, 2), List.of(0, 2, 1));

    @Test
    void aRefusedTargetMeansNoTargetTakesDamageAndNothingIsAppended() {
        // four characters; the one whose sheet sorts last is killed, so the decision (which takes the targets in the
        // order of their sheets' ids) has already applied damage to the others when it meets the dead one
        Table table = table("No partial damage", 5);
        List<String> byStream = table.characters.subList(0, 4).stream()
                .sorted(Comparator.comparing(id -> stream(table.campaignId, id))).toList();
        List<String> live = byStream.subList(0, 3);
        String dead = byStream.get(3);
        String deleted = table.characters.get(4);
        // deleted between sessions (a character change is out of game), killed during the session
        ok(table.gm.delete(table.base + "/characters/" + deleted + "?reason=retired"), 204);
        table.startSession();
        ok(table.gm.patch(table.dh + "/characters/" + dead + "/state", """
                {"life_state": "dead", "reason": "blaze_of_glory"}"""), 200);

        Map<String, String> before = states(table, live);
        long journalBefore = journal.size();

        String unknown = "no-such-character";
        // the bad target among the live ones: unknown and deleted are refused on admission, the dead one by its sheet
        assertProblem(table.gm.post(table.dh + "/damage", damage(List.of(live.get(0), live.get(1), unknown,
                live.get(2)), 3)), 404, "CHARACTER_NOT_FOUND", "targets[2]");
        assertProblem(table.gm.post(table.dh + "/damage", damage(List.of(live.get(0), deleted, live.get(1),
                live.get(2)), 3)), 409, "CHARACTER_DELETED", "targets[1]");
        assertProblem(table.gm.post(table.dh + "/damage", damage(List.of(live.get(2), live.get(1), live.get(0),
                dead), 3)), 409, "DAGGERHEART_CHARACTER_DEAD");

        assertThat(journal.size()).as("events appended by refused multi-target damage").isEqualTo(journalBefore);
        assertThat(states(table, live)).as("the live targets' state").isEqualTo(before);
        for (String character : byStream) {
            assertThat(journal.count(stream(table.campaignId, character), "sys.daggerheart.damage_applied"))
                    .as("damage_applied of " + character).isZero();
        }

        // the same damage without the dead target is applied to all three: 3 < Major 7 marks 1 HP (SRD thresholds)
        JsonNode applied = ok(table.gm.post(table.dh + "/damage", damage(live, 3)), 200).json();
        assertThat(applied.at("/items").valueStream().map(i -> i.at("/hp_marks").asInt())).containsExactly(1, 1, 1);
        assertThat(journal.size()).isEqualTo(journalBefore + 3);
    }

    @Test
    void concurrentMultiTargetDamageOnOverlappingCharactersLosesNoUpdate() throws Exception {
        Table table = table("Concurrent damage", 3 * ROUNDS);
        table.startSession();
        List<String> concurrentModifications = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<String> characters = table.characters.subList(3 * round, 3 * round + 3);
            Map<String, Integer> reported = new HashMap<>();
            long journalBefore = journal.size();
            int acceptedTargets = 0;

            for (Api.Response response : sendAtOnce(table, characters)) {
                assertThat(response.status()).as(response.text()).isIn(200, 409);
                if (response.status() == 409) {
                    assertProblem(response, 409, "CONCURRENT_MODIFICATION");
                    concurrentModifications.add(response.text());
                    continue;
                }
                for (JsonNode item : response.json().at("/items")) {
                    // SRD thresholds: 3 is below Major 7, so each hit marks 1 HP
                    assertThat(item.at("/hp_marks").asInt()).as(item.toString()).isEqualTo(1);
                    reported.merge(item.at("/character_id").asString(), item.at("/hp_marks").asInt(), Integer::sum);
                    acceptedTargets++;
                }
            }

            assertThat(journal.size()).as("one damage_applied per accepted target, nothing for refused requests")
                    .isEqualTo(journalBefore + acceptedTargets);
            for (String character : characters) {
                int hpMarked = ok(table.gm.get(table.dh + "/characters/" + character + "/state"), 200).json()
                        .at("/hp_marked").asInt();
                List<JsonNode> events = journal.payloads(stream(table.campaignId, character),
                        "sys.daggerheart.damage_applied");
                assertThat(hpMarked).as("HP marked of " + character + " = the HP the accepted answers reported")
                        .isEqualTo(reported.getOrDefault(character, 0));
                assertThat(events.stream().mapToInt(e -> e.at("/hp_marks").asInt()).sum())
                        .as("HP marked of " + character + " = its damage_applied events").isEqualTo(hpMarked);
                // each event saw the one before it: the track grew by one per event, with no two events on one value
                assertThat(events.stream().map(e -> e.at("/hp_marked").asInt()).toList())
                        .as("hp_marked after each damage_applied of " + character)
                        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, events.size()).boxed()
                                .toList());
            }
        }
        // reported rather than failed: a conflict is answered, retried and harmless, but the decision is meant to wait
        assertThat(concurrentModifications).as("CONCURRENT_MODIFICATION answers").isEmpty();
    }

    /** The six requests of a round, released together from six threads; every answer, in request order. */
    private List<Api.Response> sendAtOnce(Table table, List<String> characters) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch ready = new CountDownLatch(THREADS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (List<Integer> targets : TARGETS) {
                String body = damage(targets.stream().map(characters::get).toList(), 3);
                answers.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return table.gm.post(table.dh + "/damage", body);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                // no deadlock: every request answers
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }

    private static String damage(List<String> targets, int amount) {
        return """
                {"targets": [%s], "amount": %d, "damage_types": ["physical"], "source": "rockfall"}"""
                .formatted(targets.stream().map(id -> "{\"character_id\": \"" + id + "\"}")
                        .collect(Collectors.joining(", ")), amount);
    }

    private static Map<String, String> states(Table table, List<String> characters) {
        Map<String, String> states = new LinkedHashMap<>();
        characters.forEach(id -> states.put(id, ok(table.gm.get(table.dh + "/characters/" + id), 200).text()));
        return states;
    }

    private static String stream(String campaignId, String characterId) {
        return DaggerheartCharacterId.of(CampaignId.of(campaignId), CharacterId.of(characterId)).value();
    }


    /** A campaign whose owner is the GM, with a player owning {@code count} characters ready to play. */
    private Table table(String name, int count) {
        Api.Response created = ok(anonymous.createCampaign(name), 201);
        Table table = new Table(created.at("/campaign_id"), anonymous.as(created.at("/access_token")));
        String player = ok(table.gm.post(table.base + "/participants", """
                {"name": "Sam", "role": "player"}"""), 201).at("/participant_id");
        for (int i = 0; i < count; i++) {
            String character = ok(table.gm.post(table.base + "/characters", """
                    {"name": "Ranger %d", "kind": "pc", "owner_participant_id": "%s"}""".formatted(i, player)), 201)
                    .at("/character_id");
            ok(table.gm.readyDaggerheartCharacter(table.campaignId, character), 200);
            table.characters.add(character);
        }
        return table;
    }

    private static final class Table {
        final String campaignId;
        final Api gm;
        final String base;
        final String dh;
        final List<String> characters = new ArrayList<>();

        Table(String campaignId, Api gm) {
            this.campaignId = campaignId;
            this.gm = gm;
            this.base = CAMPAIGNS + "/" + campaignId;
            this.dh = base + "/daggerheart";
        }

        void startSession() {
            ok(gm.post(base + "/sessions", "{\"name\": \"The fight\"}"), 201);
        }
    }
}
