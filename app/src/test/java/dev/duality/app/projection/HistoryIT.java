package dev.duality.app.projection;

import dev.duality.app.axon.JournalStorageEngine;
import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.ServiceIntegrationTest;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterSheetView;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterSheetQueries;
import jakarta.persistence.EntityManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.duality.app.support.Problems.assertProblem;
import static dev.duality.app.support.Problems.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads of a campaign's past through HTTP: a character's state, GM Fear and countdowns as they were before an ambush
 * ({@code as_of_seq}, {@code as_of}), what changed since ({@code diff_from_seq}) and which events set a number
 * ({@code explain}), with the live read models and the journal untouched; and checkpoints that bound a replay.
 *
 * <p>Sable is a level-1 Ranger in Leather armor (SRD Armor Tables: base thresholds 6/13, + level 1 = Major 7, Severe
 * 14; SRD Classes: Ranger HP 6; creation: 2 Hope). SRD damage: at or above Major marks 2 HP, below Major 1 HP.
 */
@DualityIntegrationTest
class HistoryIT extends ServiceIntegrationTest {
    @Autowired
    ProjectionRebuilds rebuilds;
    @Autowired
    EventStorageEngine journalEngine;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entityManager;
    @Autowired
    MessageCatalog catalog;
    @Autowired
    ProjectionConfiguration.ProcessorPlan plan;
    @Autowired
    QueryGateway queries;

    private record Table(String campaign, String base, String dh, Api gm, String gmId, Api riley, String rileyId,
                         String sable, String session) {
        String state() {
            return dh + "/characters/" + sable + "/state";
        }
    }

    private Table ambushedTable(String name) {
        Api.Response created = ok(anonymous.createCampaign(name), 201);
        String campaign = created.at("/campaign_id");
        Api gm = anonymous.as(created.at("/access_token"));
        Api.Player riley = gm.readyDaggerheartPlayer(campaign, "Riley", "Sable");
        String base = "/api/v1/campaigns/" + campaign;
        String session = ok(gm.post(base + "/sessions", "{\"name\": \"The ambush\"}"), 201).at("/session_id");
        return new Table(campaign, base, base + "/daggerheart", gm, created.at("/owner_participant_id"), riley.api(),
                riley.participantId(), riley.characterId(), session);
    }

    @Test
    void aReadAnswersAsItWasAtAnyEarlierPointAndTheLiveReadModelsStayAsTheyAre() {
        Table t = ambushedTable("Before the ambush");
        long beforeAmbush = latestSeq(t);
        int fearBefore = ok(t.gm.get(t.dh + "/gm-fear"), 200).json().at("/gm_fear").asInt();
        assertThat(state(t.gm.get(t.state())).at("/hp_marked").asInt()).isZero();

        // the ambush: 8 physical damage (≥ Major 7: 2 HP), Sable spends a Hope, the GM gains a Fear
        ok(t.gm.post(t.dh + "/characters/" + t.sable + "/damage", """
                {"amount": 8, "damage_types": ["physical"], "source": "ambush"}"""), 200);
        ok(t.riley.post(t.dh + "/characters/" + t.sable + "/hope/spend", """
                {"amount": 1, "reason": "help_an_ally"}"""), 200);
        ok(t.gm.post(t.dh + "/gm-fear/gain", "{\"amount\": 1, \"reason\": \"ambush\"}"), 200);
        long afterAmbush = latestSeq(t);
        // a second hit: 3 (below Major: 1 HP), and a countdown the GM starts
        ok(t.gm.post(t.dh + "/characters/" + t.sable + "/damage", """
                {"amount": 3, "damage_types": ["physical"], "source": "arrow"}"""), 200);
        ok(t.gm.post(t.dh + "/countdowns", """
                {"name": "Reinforcements arrive", "tone": "consequence", "policy": "action_standard",
                 "starting_value": 3, "visible_to_players": true}"""), 201);
        // a bandit enters, and takes 5 damage (SRD Jagged Knife Bandit: thresholds 8/14, so 1 HP of 5)
        String adversaries = t.dh + "/sessions/" + t.session() + "/adversaries";
        String bandit = ok(t.gm.daggerheartAdversary(t.campaign(), t.session(), Api.JAGGED_KNIFE_BANDIT), 201)
                .at("/adversary_id");
        long banditEntered = latestSeq(t);
        ok(t.gm.post(adversaries + "/" + bandit + "/damage", """
                {"amount": 5, "damage_types": ["physical"], "source": "longsword"}"""), 200);
        long now = latestSeq(t);
        long journalSize = journal.size();

        JsonNode live = state(t.gm.get(t.state()));
        assertThat(live.at("/hp_marked").asInt()).isEqualTo(3);
        assertThat(live.at("/hope").asInt()).isEqualTo(1);

        Api.Response then = ok(t.gm.get(t.state() + "?as_of_seq=" + beforeAmbush), 200);
        assertThat(then.header("As-Of-Seq")).isEqualTo(Long.toString(beforeAmbush));
        assertThat(then.json().at("/hp_marked").asInt()).isZero();
        assertThat(then.json().at("/hope").asInt()).isEqualTo(2);
        JsonNode between = state(t.riley.get(t.state() + "?as_of_seq=" + afterAmbush));
        assertThat(between.at("/hp_marked").asInt()).isEqualTo(2);
        assertThat(between.at("/hope").asInt()).isEqualTo(1);

        assertThat(ok(t.gm.get(t.dh + "/gm-fear?as_of_seq=" + beforeAmbush), 200).json().at("/gm_fear").asInt())
                .isEqualTo(fearBefore);
        assertThat(ok(t.gm.get(t.dh + "/gm-fear"), 200).json().at("/gm_fear").asInt()).isEqualTo(fearBefore + 1);
        assertThat(ok(t.gm.get(t.dh + "/countdowns?as_of_seq=" + afterAmbush), 200).json().at("/items").size())
                .isZero();
        assertThat(ok(t.gm.get(t.dh + "/countdowns"), 200).json().at("/items").size()).isEqualTo(1);

        assertThat(ok(t.gm.get(adversaries + "?as_of_seq=" + afterAmbush), 200).json().at("/items").size())
                .isZero();
        assertThat(ok(t.gm.get(adversaries + "/" + bandit + "?as_of_seq=" + banditEntered), 200).json()
                .at("/hp_marked").asInt()).isZero();
        assertThat(ok(t.gm.get(adversaries + "/" + bandit), 200).json().at("/hp_marked").asInt()).isEqualTo(1);

        // as_of: the last event at or before a time; the present, and before the campaign began
        Api.Response atNow = ok(t.gm.get(t.state() + "?as_of=" + Instant.now().plusSeconds(1)), 200);
        assertThat(atNow.header("As-Of-Seq")).isEqualTo(Long.toString(now));
        assertThat(atNow.json().at("/hp_marked").asInt()).isEqualTo(3);
        assertProblem(t.gm.get(t.state() + "?as_of=2000-01-01T00:00:00Z"), 404, "AS_OF_NOT_FOUND", "as_of");

        // the character did not exist yet at the campaign's first event: answered as the read answered then
        assertThat(t.gm.get(t.state() + "?as_of_seq=1").status()).isEqualTo(404);

        // nothing of it stayed: the live read models and the journal are as they were
        assertThat(state(t.gm.get(t.state()))).isEqualTo(live);
        assertThat(ok(t.gm.get(t.dh + "/countdowns"), 200).json().at("/items").size()).isEqualTo(1);
        assertThat(journal.size()).isEqualTo(journalSize);
    }

    @Test
    void aGmSeesWhatChangedBetweenTwoPointsAndWhichEventsSetEachNumber() {
        Table t = ambushedTable("What changed");
        long beforeAmbush = latestSeq(t);
        ok(t.gm.post(t.dh + "/characters/" + t.sable + "/damage", """
                {"amount": 8, "damage_types": ["physical"], "source": "ambush"}""",
                java.util.Map.of("Idempotency-Key", "ambush-hit-1")), 200);
        ok(t.riley.post(t.dh + "/characters/" + t.sable + "/hope/spend", """
                {"amount": 1, "reason": "help_an_ally"}"""), 200);
        ok(t.gm.post(t.dh + "/characters/" + t.sable + "/damage", """
                {"amount": 3, "damage_types": ["physical"], "source": "arrow"}"""), 200);
        long now = latestSeq(t);

        JsonNode diff = ok(t.gm.get(t.state() + "?diff_from_seq=" + beforeAmbush), 200).json();
        assertThat(diff.at("/as_of_seq").asLong()).isEqualTo(now);
        assertThat(diff.at("/since_seq").asLong()).isEqualTo(beforeAmbush);
        assertThat(diff.at("/answer/hp_marked").asInt()).isEqualTo(3);
        JsonNode hp = field(diff, "hp_marked");
        assertThat(hp.at("/before").asInt()).isZero();
        assertThat(hp.at("/value").asInt()).isEqualTo(3);
        List<JsonNode> hits = list(hp.at("/set_by"));
        assertThat(hits).extracting(hit -> hit.at("/event_type").asString())
                .containsExactly("sys.daggerheart.damage_applied", "sys.daggerheart.damage_applied");
        assertThat(hits).extracting(hit -> hit.at("/after").asInt()).containsExactly(2, 3);
        assertThat(hits.get(0).at("/actor_id").asString()).isEqualTo(t.gmId);
        assertThat(hits.get(0).at("/request_id").asString()).isEqualTo("ambush-hit-1");
        assertThat(hits.get(0).at("/correlation_id").asString()).isNotBlank();
        assertThat(hits.get(0).at("/causation_id").asString()).isNotBlank();
        JsonNode hope = field(diff, "hope");
        assertThat(hope.at("/before").asInt()).isEqualTo(2);
        assertThat(hope.at("/value").asInt()).isEqualTo(1);
        assertThat(hope.at("/set_by/0/actor_id").asString()).isEqualTo(t.rileyId);
        // a field that did not change is not listed
        assertThat(fieldOrNull(diff, "stress_marked")).isNull();

        // explain: every event that ever set the HP, from the sheet's creation on
        JsonNode explained = ok(t.gm.get(t.state() + "?explain=hp_marked"), 200).json();
        assertThat(explained.at("/since_seq").asLong()).isZero();
        JsonNode hpChain = field(explained, "hp_marked");
        assertThat(hpChain.at("/value").asInt()).isEqualTo(3);
        List<JsonNode> chain = list(hpChain.at("/set_by"));
        assertThat(chain.get(0).at("/event_type").asString()).isEqualTo("sys.daggerheart.character_created");
        assertThat(chain.subList(1, chain.size())).extracting(hit -> hit.at("/after").asInt()).containsExactly(2, 3);
        assertThat(list(explained.at("/fields"))).extracting(f -> f.at("/field").asString()).containsOnly("hp_marked");

        // a roll and its outcome: the Hope it gave names the roll, and the outcome's other events
        String rolls = t.dh + "/sessions/" + t.session() + "/action-rolls";
        // SRD Action rolls: 9 + 4 + Agility 2 = 15 >= 12, Hope die higher: success with Hope (+1 Hope on its outcome)
        ok(t.riley.post(rolls, """
                {"character_id": "%s", "trait": "agility", "difficulty": 12, "physical_results": [9, 4]}"""
                .formatted(t.sable)), 201);
        long rolled = latestSeq(t);
        ok(t.gm.post(rolls + "/1/outcome", "", java.util.Map.of("Idempotency-Key", "outcome-roll-1")), 200);
        JsonNode hopeChain = field(ok(t.gm.get(t.state() + "?explain=hope"), 200).json(), "hope");
        assertThat(hopeChain.at("/value").asInt()).isEqualTo(2);
        List<JsonNode> hopeSetters = list(hopeChain.at("/set_by"));
        JsonNode fromOutcome = hopeSetters.get(hopeSetters.size() - 1);
        assertThat(fromOutcome.at("/before").asInt()).isEqualTo(1);
        assertThat(fromOutcome.at("/after").asInt()).isEqualTo(2);
        assertThat(fromOutcome.at("/request_id").asString()).isEqualTo("outcome-roll-1");
        assertThat(fromOutcome.at("/roll/field").asString()).isEqualTo("roll_seq");
        assertThat(fromOutcome.at("/roll/number").asLong()).isEqualTo(1);
        assertThat(fromOutcome.at("/roll/seq").asLong()).isLessThanOrEqualTo(rolled);
        assertThat(fromOutcome.at("/roll/event_type").asString()).endsWith("roll_resolved");
        assertThat(list(fromOutcome.at("/same_request"))).extracting(e -> e.at("/event_type").asString())
                .contains("sys.daggerheart.roll_outcome_applied");

        // explain and diff show every event behind a row: GMs only; the past itself is for everyone who reads
        assertProblem(t.riley.get(t.state() + "?explain=true"), 403, "AUTHZ_DENY_REQUIRES_GM", "explain");
        assertProblem(t.riley.get(t.state() + "?diff_from_seq=1"), 403, "AUTHZ_DENY_REQUIRES_GM",
                "diff_from_seq");
    }

    @Test
    void badPointsAreRefusedNamingTheParameter() {
        Table t = ambushedTable("Bad points");
        assertProblem(t.gm.get(t.state() + "?as_of_seq=abc"), 400, "PARAMETER_INVALID", "as_of_seq");
        assertProblem(t.gm.get(t.state() + "?as_of_seq=0"), 400, "PARAMETER_INVALID", "as_of_seq");
        assertProblem(t.gm.get(t.state() + "?as_of_seq=999999"), 404, "AS_OF_NOT_FOUND", "as_of_seq");
        assertProblem(t.gm.get(t.state() + "?as_of=yesterday"), 400, "PARAMETER_INVALID", "as_of");
        assertProblem(t.gm.get(t.state() + "?as_of=2026-01-01T00:00:00Z&as_of_seq=1"), 400, "PARAMETER_INVALID",
                "as_of");
        assertProblem(t.gm.get(t.state() + "?diff_from_seq=-1"), 400, "PARAMETER_INVALID", "diff_from_seq");
        assertProblem(t.gm.get(t.state() + "?as_of_seq=2&diff_from_seq=3"), 400, "PARAMETER_INVALID",
                "diff_from_seq");
        assertProblem(t.gm.get(t.state() + "?explain=HP;drop"), 400, "PARAMETER_INVALID", "explain");
        assertProblem(t.gm.get(t.base + "/timeline?as_of_seq=1"), 400, "PARAMETER_INVALID", "as_of_seq");
        assertProblem(t.gm.get(t.base + "/events?as_of_seq=1"), 400, "PARAMETER_INVALID", "as_of_seq");
    }

    @Test
    void checkpointsBoundAReplayAndAreTrustedOnlyByTheProjectionsThatWroteThem() {
        Table t = ambushedTable("Checkpoints");
        for (int i = 0; i < 3; i++) {
            ok(t.riley.post(t.dh + "/characters/" + t.sable + "/stress/spend", """
                    {"amount": 1, "reason": "feature_cost"}"""), 200);
        }
        long now = latestSeq(t);
        long every = 5;
        History history = new History(rebuilds, (JournalStorageEngine) journalEngine, transactions, jdbc,
                entityManager, catalog, plan.groups(), (int) every);
        History.Point point = history.atSeq(t.campaign(), now).orElseThrow();
        assertThat(stressAt(history, t, point)).isEqualTo(3);
        List<Long> kept = jdbc.queryForList("select seq from history_checkpoints where campaign_id = ? "
                + "order by seq", Long.class, t.campaign());
        List<Long> expected = new ArrayList<>();
        for (long seq = every; seq <= now; seq += every) {
            expected.add(seq);
        }
        assertThat(kept).isEqualTo(expected);

        // the next replay starts from the last checkpoint: one altered in place shows through (and proves it)
        long last = kept.get(kept.size() - 1);
        jdbc.update("update history_checkpoints set rows = jsonb_set(rows, '{daggerheart_characters,0,stress_marked}',"
                + " '5') where campaign_id = ? and seq = ?", t.campaign(), last);
        History.Point atLast = history.atSeq(t.campaign(), last).orElseThrow();
        assertThat(stressAt(history, t, atLast)).isEqualTo(5);

        // a checkpoint written by other projections (another fingerprint) is not trusted
        jdbc.update("update history_checkpoints set fingerprint = 'other' where campaign_id = ?", t.campaign());
        assertThat(stressAt(history, t, point)).isEqualTo(3);
        jdbc.update("delete from history_checkpoints where campaign_id = ? and fingerprint = 'other'", t.campaign());
    }

    private int stressAt(History history, Table t, History.Point point) {
        return history.read(t.campaign(), point, null, () -> queries.query(
                new CharacterSheetQueries.FindCharacterSheet(t.campaign(), t.sable()),
                org.axonframework.messaging.responsetypes.ResponseTypes.optionalInstanceOf(CharacterSheetView.class))
                .join().orElseThrow()).value().state().stressMarked();
    }

    private static JsonNode state(Api.Response response) {
        return ok(response, 200).json();
    }

    private static JsonNode field(JsonNode explained, String name) {
        JsonNode found = fieldOrNull(explained, name);
        assertThat(found).as("field " + name + " in " + explained).isNotNull();
        return found;
    }

    private static JsonNode fieldOrNull(JsonNode explained, String name) {
        for (JsonNode field : explained.at("/fields")) {
            if (field.at("/field").asString().equals(name)) {
                return field;
            }
        }
        return null;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private long latestSeq(Table t) {
        long after = 0;
        while (true) {
            JsonNode items = ok(t.gm.get(t.base + "/timeline?after_seq=" + after + "&limit=100"), 200).json()
                    .at("/items");
            if (items.isEmpty()) {
                return after;
            }
            after = items.get(items.size() - 1).at("/seq").asLong();
        }
    }
}
