package dev.duality.app.web;

import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.ServiceIntegrationTest;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.session.api.SessionStreamId;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.duality.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Idempotency-Key} on POSTs: a repeat of the same request by the same caller gets the first answer again,
 * marked {@code Idempotent-Replayed: true}, and the journal grows only once; the same key for another request is
 * refused and writes nothing; keys belong to their caller; refusals are replayed too; requests without a key are
 * never deduplicated.
 */
@DualityIntegrationTest
class IdempotencyIT extends ServiceIntegrationTest {
    private static final String CAMPAIGNS = "/api/v1/campaigns";
    private static final String REPLAYED = "Idempotent-Replayed";

    @Test
    void aRepeatedPostAnswersTheFirstAnswerAndTakesEffectOnce() {
        // campaign create (public): three events, once
        Api.Response campaign = once(anonymous, CAMPAIGNS, """
                {"name": "Twice told", "game_system": {"id": "daggerheart", "version": "1.0.0"}, "owner_name": "Morgan"}""",
                201, 3, "access_token");
        String c = campaign.at("/campaign_id");
        String base = CAMPAIGNS + "/" + c;
        Api owner = anonymous.as(campaign.at("/access_token"));

        // participant join: one participant
        String patId = once(owner, base + "/participants", "{\"name\": \"Pat\", \"role\": \"player\"}", 201, 1)
                .at("/participant_id");

        // invite claim (public, single use): the repeat is the first answer, not INVITE_ALREADY_CLAIMED
        String code = created(owner.post(base + "/invites", "{\"role\": \"player\"}")).at("/code");
        Api.Response claimed = once(anonymous, base + "/invites/claim", """
                {"code": "%s", "name": "Riley"}""".formatted(code), 201, 3, "access_token");
        String rileyId = claimed.at("/participant_id");
        Api riley = anonymous.as(claimed.at("/access_token"));
        assertThat(owner.get(base + "/participants").json().at("/items").size()).isEqualTo(3);

        // character create: one character
        String patPc = once(owner, base + "/characters", """
                {"name": "Pat's hero", "kind": "pc", "owner_participant_id": "%s"}""".formatted(patId), 201, 1)
                .at("/character_id");
        String rileyPc = created(riley.post(base + "/characters", """
                {"name": "Riley's hero", "kind": "pc", "owner_participant_id": "%s"}""".formatted(rileyId)))
                .at("/character_id");
        assertThat(owner.get(base + "/characters").json().at("/items").size()).isEqualTo(2);
        for (String pc : new String[]{patPc, rileyPc}) {
            assertThat(owner.readyDaggerheartCharacter(c, pc).status()).isEqualTo(200);
        }

        // session start: session.started, campaign.activated and the GM's Fear seed, once
        String s = once(owner, base + "/sessions", "{\"name\": \"Once\"}", 201, 3).at("/session_id");
        String session = base + "/sessions/" + s;
        assertThat(owner.get(base + "/sessions").json().at("/items").size()).isEqualTo(1);
        assertThat(journal.count(c, "session.started")).isEqualTo(1);

        // roll: the same dice, seed and sequence number, rolled once
        Api.Response roll = once(riley, session + "/rolls", "{\"dice\": [{\"count\": 2, \"sides\": 12}]}", 201, 1);
        // play events go to the session's own stream
        String playStream = SessionStreamId.of(CampaignId.of(c), SessionId.of(s)).value();
        assertThat(journal.count(playStream, "action.roll_resolved")).isEqualTo(1);

        // outcome apply: the key is also the outcome's request id; the repeat is the first 200, not a 409
        Api.Response outcome = once(owner, session + "/rolls/" + roll.at("/roll_seq") + "/outcome",
                "{\"targets\": [], \"summary\": \"done\"}", 200, 1);
        assertThat(outcome.at("/status")).isEqualTo("applied");
        assertThat(journal.count(playStream, "action.outcome_applied")).isEqualTo(1);

        // story note: no body to compare, but still one note
        once(riley, base + "/notes", "{\"content\": \"Said once\"}", 204, 1);
        assertThat(journal.count(c, "story.note_added")).isEqualTo(1);
    }

    @Test
    void theSameKeyForAnotherRequestIsRefusedAndWritesNothing() {
        Table table = table("Reused keys");
        String key = "reused-" + UUID.randomUUID();
        Api.Response first = table.owner.post(table.base + "/notes", "{\"content\": \"First\"}",
                Map.of("Idempotency-Key", key));
        assertThat(first.status()).as(first.text()).isEqualTo(204);
        long before = journal.size();

        assertProblem(table.owner.post(table.base + "/notes", "{\"content\": \"Second\"}",
                Map.of("Idempotency-Key", key)), 422, "IDEMPOTENCY_KEY_REUSED", "Idempotency-Key");
        assertProblem(table.owner.post(table.base + "/participants", "{\"name\": \"Pat\", \"role\": \"player\"}",
                Map.of("Idempotency-Key", key)), 422, "IDEMPOTENCY_KEY_REUSED", "Idempotency-Key");
        assertThat(journal.size()).isEqualTo(before);
        assertThat(table.owner.get(table.base + "/participants").json().at("/items").size()).isEqualTo(2);

        // the first request is still answered from the store
        Api.Response repeat = table.owner.post(table.base + "/notes", "{\"content\": \"First\"}",
                Map.of("Idempotency-Key", key));
        assertThat(repeat.status()).isEqualTo(204);
        assertThat(repeat.header(REPLAYED)).isEqualTo("true");
        assertThat(journal.size()).isEqualTo(before);
    }

    @Test
    void keysBelongToTheirCaller() {
        Table table = table("Per caller");
        String key = "shared-" + UUID.randomUUID();
        long before = journal.size();

        Api.Response byOwner = table.owner.post(table.base + "/notes", "{\"content\": \"Same words\"}",
                Map.of("Idempotency-Key", key));
        Api.Response byPlayer = table.player.post(table.base + "/notes", "{\"content\": \"Same words\"}",
                Map.of("Idempotency-Key", key));
        // and a different body under one key is no reuse when the callers differ: each has its own key
        Api.Response byPlayerAgain = table.player.post(table.base + "/notes", "{\"content\": \"Other words\"}",
                Map.of("Idempotency-Key", "player-" + key));
        Api.Response byOwnerWithPlayersKey = table.owner.post(table.base + "/notes",
                "{\"content\": \"Owner words\"}", Map.of("Idempotency-Key", "player-" + key));

        for (Api.Response response : new Api.Response[]{byOwner, byPlayer, byPlayerAgain, byOwnerWithPlayersKey}) {
            assertThat(response.status()).as(response.text()).isEqualTo(204);
            assertThat(response.header(REPLAYED)).isNull();
        }
        assertThat(journal.size()).isEqualTo(before + 4);
        assertThat(journal.metadata(table.campaignId, "story.note_added")).extracting(m -> m.at("/actor_id").asString())
                .containsExactly(table.ownerId, table.playerId, table.playerId, table.ownerId);
    }

    @Test
    void aRefusedFirstAnswerIsReplayedToo() {
        Table table = table("Refusals replayed");
        // the player's character has no sheet yet, so the session cannot start
        String key = "start-" + UUID.randomUUID();
        long before = journal.size();
        Api.Response refused = table.owner.post(table.base + "/sessions", "{}", Map.of("Idempotency-Key", key));
        assertProblem(refused, 409, "SESSION_READINESS_CHARACTER_NOT_READY");
        assertThat(refused.header(REPLAYED)).isNull();

        assertThat(table.player.readyDaggerheartCharacter(table.campaignId, table.pcId).status()).isEqualTo(200);
        long withSheet = journal.size();
        // the sheet's creation, and the profile that completes it
        assertThat(withSheet).isEqualTo(before + 2);

        // the table is ready now, but the key's answer was the refusal: it is given again, and nothing starts
        Api.Response replayed = table.owner.post(table.base + "/sessions", "{}", Map.of("Idempotency-Key", key));
        assertThat(replayed.status()).isEqualTo(409);
        assertThat(replayed.text()).isEqualTo(refused.text());
        assertThat(replayed.header(REPLAYED)).isEqualTo("true");
        assertThat(replayed.header("Content-Type")).isEqualTo(refused.header("Content-Type"));
        assertThat(journal.size()).isEqualTo(withSheet);
        assertThat(table.owner.get(table.base + "/sessions").json().at("/items").size()).isZero();

        // a new key is a new request
        Api.Response started = table.owner.post(table.base + "/sessions", "{}",
                Map.of("Idempotency-Key", "start-again-" + UUID.randomUUID()));
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        assertThat(started.header(REPLAYED)).isNull();
    }

    @Test
    void requestsWithoutAKeyAreNeverDeduplicated() {
        Table table = table("No keys");
        long before = journal.size();
        for (int i = 0; i < 2; i++) {
            Api.Response note = table.player.post(table.base + "/notes", "{\"content\": \"Said twice\"}");
            assertThat(note.status()).as(note.text()).isEqualTo(204);
            assertThat(note.header(REPLAYED)).isNull();
        }
        Api.Response first = table.owner.post(table.base + "/participants", "{\"name\": \"Twin\", \"role\": \"gm\"}");
        Api.Response second = table.owner.post(table.base + "/participants", "{\"name\": \"Twin\", \"role\": \"gm\"}");
        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.header(REPLAYED)).isNull();
        assertThat(second.at("/participant_id")).isNotEqualTo(first.at("/participant_id"));
        assertThat(journal.size()).isEqualTo(before + 4);
        assertThat(journal.count(table.campaignId, "story.note_added")).isEqualTo(2);
    }

    /**
     * Issue 3: an access token is returned once and stored only as a hash. An Idempotency-Key must not turn the
     * answer that carries it into a stored, replayable copy: the key store would hold the plaintext token, and
     * anyone repeating the request with that key (every anonymous caller shares one key scope) would get it again,
     * which also makes a single-use invite code reusable.
     */
    @Test
    void accessTokensAreShownOnceAndNeverStoredInPlaintextUnderAnIdempotencyKey() {
        String createKey = "create-" + UUID.randomUUID();
        String createBody = """
                {"name": "Secret keeping", "game_system": {"id": "daggerheart", "version": "1.0.0"}, "owner_name": "M"}""";
        Api.Response created = created(anonymous.post(CAMPAIGNS, createBody, Map.of("Idempotency-Key", createKey)));
        String ownerToken = created.at("/access_token");
        String base = CAMPAIGNS + "/" + created.at("/campaign_id");
        String code = created(anonymous.as(ownerToken).post(base + "/invites", "{\"role\": \"player\"}"))
                .at("/code");
        String claimKey = "claim-" + UUID.randomUUID();
        String claimBody = "{\"code\": \"%s\", \"name\": \"Riley\"}".formatted(code);
        Api.Response claimed = created(anonymous.post(base + "/invites/claim", claimBody,
                Map.of("Idempotency-Key", claimKey)));
        String playerToken = claimed.at("/access_token");
        assertThat(ownerToken).isNotBlank();
        assertThat(playerToken).isNotBlank();

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> stored = jdbc.queryForList("select body from idempotency_keys where body is not null",
                byte[].class).stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
        assertThat(stored).as("answers kept in idempotency_keys").noneMatch(b -> b.contains(ownerToken))
                .noneMatch(b -> b.contains(playerToken));

        // a repeat is still the same request (no second campaign, no second seat), but the token is not shown again
        long before = journal.size();
        Api.Response createAgain = anonymous.post(CAMPAIGNS, createBody, Map.of("Idempotency-Key", createKey));
        Api.Response claimAgain = anonymous.post(base + "/invites/claim", claimBody, Map.of("Idempotency-Key", claimKey));
        assertThat(createAgain.text()).doesNotContain(ownerToken);
        assertThat(claimAgain.text()).doesNotContain(playerToken);
        assertThat(journal.size()).isEqualTo(before);
    }

    /**
     * Sends the request, then the same request with the same key: the first takes effect ({@code events} journal
     * rows), the second is the first answer again, marked replayed, and adds nothing. {@code secrets} are fields shown
     * only once (access tokens), left out of the comparison: whether a replay may repeat them is
     * {@link #accessTokensAreShownOnceAndNeverStoredInPlaintextUnderAnIdempotencyKey}'s question.
     */
    private Api.Response once(Api caller, String path, String body, int status, long events, String... secrets) {
        Map<String, String> key = Map.of("Idempotency-Key", "once-" + UUID.randomUUID());
        long before = journal.size();
        Api.Response first = caller.post(path, body, key);
        assertThat(first.status()).as(path + ": " + first.text()).isEqualTo(status);
        assertThat(first.header(REPLAYED)).isNull();
        long afterFirst = journal.size();
        assertThat(afterFirst - before).as("events written by " + path).isEqualTo(events);

        Api.Response second = caller.post(path, body, key);
        assertThat(second.status()).as(path + ": " + second.text()).isEqualTo(first.status());
        if (secrets.length == 0) {
            assertThat(second.text()).isEqualTo(first.text());
        } else {
            assertThat(withoutFields(second, secrets)).isEqualTo(withoutFields(first, secrets));
        }
        assertThat(second.header(REPLAYED)).isEqualTo("true");
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(second.header("Content-Type")).isEqualTo(first.header("Content-Type"));
        assertThat(journal.size()).as("events after the repeat of " + path).isEqualTo(afterFirst);
        return first;
    }

    /** A campaign with its owner and a player (joined by invite) who owns a PC without a sheet. */
    private Table table(String name) {
        Api.Response campaign = created(anonymous.createCampaign(name));
        String base = CAMPAIGNS + "/" + campaign.at("/campaign_id");
        Api owner = anonymous.as(campaign.at("/access_token"));
        String code = created(owner.post(base + "/invites", "{\"role\": \"player\"}")).at("/code");
        Api.Response claimed = created(anonymous.post(base + "/invites/claim", """
                {"code": "%s", "name": "Riley"}""".formatted(code)));
        Api player = anonymous.as(claimed.at("/access_token"));
        String pcId = created(player.post(base + "/characters", """
                {"name": "Riley's hero", "kind": "pc", "owner_participant_id": "%s"}"""
                .formatted(claimed.at("/participant_id")))).at("/character_id");
        return new Table(campaign.at("/campaign_id"), base, campaign.at("/owner_participant_id"), owner,
                claimed.at("/participant_id"), player, pcId);
    }

    private static JsonNode withoutFields(Api.Response response, String... fields) {
        ObjectNode json = (ObjectNode) response.json().deepCopy();
        for (String field : fields) {
            json.remove(field);
        }
        return json;
    }

    private record Table(String campaignId, String base, String ownerId, Api owner, String playerId, Api player,
                         String pcId) {
    }

    private static Api.Response created(Api.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response;
    }
}
