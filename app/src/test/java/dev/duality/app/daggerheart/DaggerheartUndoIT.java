package dev.duality.app.daggerheart;

import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.duality.app.support.Problems.assertProblem;
import static dev.duality.app.support.Problems.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Undo over HTTP ({@code POST …/daggerheart/undo}): a damage to one character and to several, a Duality roll's
 * outcome (Hope, and the GM's Fear), a rest, each named by an event id read from the timeline and read back after;
 * the refusals (a later change, twice, a decision of another kind, an unknown event, a player); and the original
 * events staying in the timeline beside the compensating ones.
 *
 * <p>Every character is the ready Ranger of {@link Api#readyDaggerheartCharacter}: 6 HP, 6 Stress slots, 2 Hope of 6,
 * 3 Armor Slots, Agility +2. Morgan is the GM; Riley plays Sable and Sam plays Marlowe. The first session seeds the
 * GM's Fear with 2, one per PC.
 */
@DualityIntegrationTest
class DaggerheartUndoIT extends ServiceIntegrationTest {
    private static final String CAMPAIGNS = "/api/v1/campaigns";

    private record Table(String campaignId, String sessionId, Api gm, Api riley, String sable, String marlowe) {
        String dh() {
            return CAMPAIGNS + "/" + campaignId + "/daggerheart";
        }

        String undo() {
            return dh() + "/undo";
        }

        String sheet(String characterId) {
            return dh() + "/characters/" + characterId;
        }

        String rolls() {
            return dh() + "/sessions/" + sessionId + "/action-rolls";
        }
    }

    private Table table(String name) {
        Api.Response created = ok(anonymous.createCampaign(name), 201);
        String c = created.at("/campaign_id");
        Api gm = anonymous.as(created.at("/access_token"));
        List<Api> players = new ArrayList<>();
        List<String> characters = new ArrayList<>();
        for (String[] seat : List.of(new String[]{"Riley", "Sable"}, new String[]{"Sam", "Marlowe"})) {
            Api.Player player = gm.readyDaggerheartPlayer(c, seat[0], seat[1]);
            players.add(player.api());
            characters.add(player.characterId());
        }
        String s = ok(gm.post(CAMPAIGNS + "/" + c + "/sessions", "{\"name\": \"Undo night\"}"), 201)
                .at("/session_id");
        return new Table(c, s, gm, players.get(0), characters.get(0), characters.get(1));
    }

    @Test
    void damageToOneAndToSeveralIsUndone() {
        Table t = table("Undo damage");
        Api gm = t.gm();
        ok(gm.post(t.sheet(t.sable()) + "/damage", """
                {"amount": 9, "damage_types": ["physical"], "mark_armor_slot": true, "source": "bear_claws"}"""), 200);
        assertThat(tracks(gm, t, t.sable())).isNotEqualTo(List.of(0, 0, 2, 0, "alive"));
        String single = lastEventId(gm, t, "sys.daggerheart.damage_applied");

        JsonNode undone = ok(gm.post(t.undo(), body(single)), 200).json();
        assertThat(undone.at("/undone").asString()).isEqualTo("damage");
        assertThat(undone.at("/undone_event_ids").valueStream().map(JsonNode::asString)).containsExactly(single);
        assertThat(undone.at("/character_ids").valueStream().map(JsonNode::asString)).containsExactly(t.sable());
        assertThat(undone.at("/gm_fear").isNull()).isTrue();
        // HP and Armor Slots back as they were: none marked
        assertThat(tracks(gm, t, t.sable())).isEqualTo(List.of(0, 0, 2, 0, "alive"));

        // one damage to two characters is one decision: naming the event of either undoes both
        ok(gm.post(t.dh() + "/damage", """
                {"targets": [{"character_id": "%s", "mark_armor_slot": false},
                             {"character_id": "%s", "mark_armor_slot": true}],
                 "amount": 13, "damage_types": ["physical"], "source": "troll_sweep"}"""
                .formatted(t.sable(), t.marlowe())), 200);
        assertThat(tracks(gm, t, t.sable()).get(0)).isNotEqualTo(0);
        assertThat(tracks(gm, t, t.marlowe()).get(0)).isNotEqualTo(0);
        List<String> areaEvents = eventIds(gm, t, "sys.daggerheart.damage_applied");
        String second = areaEvents.get(areaEvents.size() - 1);
        JsonNode area = ok(gm.post(t.undo(), body(second)), 200).json();
        assertThat(area.at("/undone_event_ids").size()).isEqualTo(2);
        assertThat(area.at("/character_ids").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(t.sable(), t.marlowe());
        assertThat(tracks(gm, t, t.sable())).isEqualTo(List.of(0, 0, 2, 0, "alive"));
        assertThat(tracks(t.riley(), t, t.marlowe())).isEqualTo(List.of(0, 0, 2, 0, "alive"));

        // twice: refused, and nothing is written
        long before = journal.size();
        assertProblem(gm.post(t.undo(), body(second)), 409, "DAGGERHEART_DECISION_ALREADY_UNDONE", "event_id");
        assertProblem(gm.post(t.undo(), body(single)), 409, "DAGGERHEART_DECISION_ALREADY_UNDONE", "event_id");
        assertThat(journal.size()).isEqualTo(before);

        // the original events stay in the timeline, each followed by what undid it
        List<JsonNode> entries = timeline(gm, t);
        assertThat(entries.stream().filter(e -> e.at("/event_type").asString()
                .equals("sys.daggerheart.damage_applied"))).hasSize(3);
        List<JsonNode> restored = entries.stream().filter(e -> e.at("/event_type").asString()
                .equals("sys.daggerheart.character_state_restored")).toList();
        assertThat(restored).hasSize(3).allSatisfy(e ->
                assertThat(e.at("/summary").asString()).contains("undone=damage"));
        // players see them too: their sheets changed
        assertThat(timeline(t.riley(), t).stream().filter(e -> e.at("/event_type").asString()
                .equals("sys.daggerheart.character_state_restored"))).hasSize(3);
    }

    @Test
    void anOutcomeIsUndoneHopeAndFearBack() {
        Table t = table("Undo outcome");
        Api gm = t.gm();
        int fear = gmFear(gm, t);
        // a standard countdown: every action roll's outcome ticks it once
        ok(gm.post(t.dh() + "/countdowns", """
                {"countdown_id": "patrol", "name": "The patrol returns", "policy": "action_standard",
                 "starting_value": 3}"""), 201);
        // Sable: Hope 9, Fear 4, +2: 15 >= 12, a success with Hope: +1 Hope (2 -> 3)
        roll(t.riley(), t, t.sable(), 12, "[9, 4]", "success_with_hope");
        JsonNode outcome = ok(gm.post(t.rolls() + "/1/outcome", "", Map.of("Idempotency-Key", "undo-1")), 200).json();
        assertThat(outcome.at("/hope_gained").asInt()).isEqualTo(1);
        assertThat(tracks(gm, t, t.sable()).get(2)).isEqualTo(3);
        assertThat(remaining(gm, t, "patrol")).isEqualTo(2);

        JsonNode undone = ok(gm.post(t.undo(), body(lastEventId(gm, t, "sys.daggerheart.roll_outcome_applied"))),
                200).json();
        assertThat(undone.at("/undone").asString()).isEqualTo("roll_outcome");
        assertThat(undone.at("/countdown_ids").valueStream().map(JsonNode::asString)).containsExactly("patrol");
        assertThat(tracks(gm, t, t.sable()).get(2)).as("Hope back").isEqualTo(2);
        assertThat(remaining(gm, t, "patrol")).as("the countdown back").isEqualTo(3);
        assertThat(gmFear(gm, t)).isEqualTo(fear);
        // the session keeps the outcome applied: it is applied exactly once
        assertProblem(gm.post(t.rolls() + "/1/outcome", "", Map.of("Idempotency-Key", "undo-1-again")), 409,
                "DAGGERHEART_ROLL_OUTCOME_ALREADY_APPLIED", "roll_seq");

        // Marlowe: Hope 3, Fear 10, +2: 15 >= 15, a success with Fear: the GM gains 1 Fear, a gate opens
        roll(gm, t, t.marlowe(), 15, "[3, 10]", "success_with_fear");
        JsonNode withFear = ok(gm.post(t.rolls() + "/2/outcome", "", Map.of("Idempotency-Key", "undo-2")), 200)
                .json();
        assertThat(gmFear(gm, t)).isEqualTo(fear + 1);
        String fearEvent = lastEventId(gm, t, "sys.daggerheart.gm_fear_changed");
        // an open gate holds play: it is resolved first
        assertProblem(gm.post(t.undo(), body(fearEvent)), 409, "SESSION_GATE_OPEN");
        ok(gm.post(CAMPAIGNS + "/" + t.campaignId() + "/sessions/" + t.sessionId() + "/gates/"
                + withFear.at("/consequence_gate_id").asString() + "/resolve", """
                {"decision": "minor_move", "resolution": "The floor creaks"}"""), 200);
        JsonNode fearUndone = ok(gm.post(t.undo(), body(fearEvent)), 200).json();
        assertThat(fearUndone.at("/gm_fear").asInt()).isEqualTo(fear);
        assertThat(gmFear(gm, t)).as("the GM's Fear back").isEqualTo(fear);
        assertThat(remaining(gm, t, "patrol")).isEqualTo(3);
        assertThat(timeline(gm, t).stream().filter(e -> e.at("/event_type").asString()
                .equals("sys.daggerheart.gm_state_restored")).map(e -> e.at("/summary").asString()))
                .singleElement().asString().contains("undone=roll_outcome", "gm_fear=" + fear);
    }

    @Test
    void aRestIsUndone() {
        Table t = table("Undo rest");
        Api gm = t.gm();
        ok(gm.patch(t.sheet(t.sable()) + "/state", "{\"hp_marked\": 3, \"stress_marked\": 2}"), 200);
        int fear = gmFear(gm, t);
        // a short rest: the table's d4 of 2 gives the GM 2 Fear; Tend to Wounds with a 2 clears 2 + tier 1 = 3 HP
        JsonNode rest = ok(gm.post(t.dh() + "/sessions/" + t.sessionId() + "/rests", """
                {"type": "short", "fear_die": 2, "party": [
                  {"character_id": "%s", "moves": [{"move": "tend_to_wounds", "die": 2}]}]}"""
                .formatted(t.sable())), 200).json();
        assertThat(rest.at("/gm_fear").asInt()).isEqualTo(fear + 2);
        assertThat(tracks(gm, t, t.sable()).get(0)).isEqualTo(0);

        JsonNode undone = ok(gm.post(t.undo(), body(lastEventId(gm, t, "sys.daggerheart.rest_taken"))), 200).json();
        assertThat(undone.at("/undone").asString()).isEqualTo("rest");
        assertThat(tracks(gm, t, t.sable())).isEqualTo(List.of(3, 2, 2, 0, "alive"));
        JsonNode gmState = ok(gm.get(t.dh() + "/gm-fear"), 200).json();
        assertThat(List.of(gmState.at("/gm_fear").asInt(), gmState.at("/short_rests_in_a_row").asInt(-1)))
                .containsExactly(fear, 0);
    }

    @Test
    void refusals() {
        Table t = table("Undo refused");
        Api gm = t.gm();
        ok(gm.post(t.sheet(t.sable()) + "/damage", """
                {"amount": 9, "damage_types": ["physical"], "source": "bear_claws"}"""), 200);
        String damage = lastEventId(gm, t, "sys.daggerheart.damage_applied");
        // a later change of the same sheet depends on it: refused, naming that event
        ok(gm.patch(t.sheet(t.sable()) + "/state", "{\"hope\": 5}"), 200);
        String patched = lastEventId(gm, t, "sys.daggerheart.character_state_patched");
        long before = journal.size();
        JsonNode later = assertProblem(gm.post(t.undo(), body(damage)), 409, "DAGGERHEART_DECISION_HAS_LATER_EVENTS",
                "event_id");
        assertThat(later.path("detail").asString()).contains(patched, "sys.daggerheart.character_state_patched");
        // a decision of another kind: the state patch
        assertProblem(gm.post(t.undo(), body(patched)), 422, "DAGGERHEART_DECISION_NOT_UNDOABLE", "event_id");
        // an event this campaign does not hold
        assertProblem(gm.post(t.undo(), body("0b6f3a52-8c1e-4d7a-9f2b-5e4c3d2a1b0f")), 404,
                "DAGGERHEART_DECISION_NOT_FOUND", "event_id");
        // a malformed id, and none
        assertProblem(gm.post(t.undo(), body("not an id")), 400, "ID_INVALID", "event_id");
        assertProblem(gm.post(t.undo(), "{}"), 400, "VALUE_REQUIRED", "event_id");
        // only a GM undoes
        assertProblem(t.riley().post(t.undo(), body(patched)), 403, "AUTHZ_DENY_REQUIRES_GM");
        assertThat(journal.size()).isEqualTo(before);
        // the refused decision's event is still where it was
        assertThat(eventIds(gm, t, "sys.daggerheart.damage_applied")).containsExactly(damage);
    }

    private static String body(String eventId) {
        return "{\"event_id\": \"" + eventId + "\"}";
    }

    private static void roll(Api roller, Table t, String characterId, int difficulty, String dice, String result) {
        JsonNode roll = ok(roller.post(t.rolls(), """
                {"character_id": "%s", "trait": "agility", "difficulty": %d, "physical_results": %s}"""
                .formatted(characterId, difficulty, dice)), 201).json();
        assertThat(roll.at("/result").asString()).isEqualTo(result);
    }

    /** HP marked, Stress marked, Hope, Armor Slots marked, life state. */
    private static List<Object> tracks(Api api, Table t, String characterId) {
        JsonNode state = ok(api.get(t.sheet(characterId) + "/state"), 200).json();
        return List.of(state.at("/hp_marked").asInt(), state.at("/stress_marked").asInt(), state.at("/hope").asInt(),
                state.at("/armor_marked").asInt(), state.at("/life_state").asString());
    }

    private static int remaining(Api gm, Table t, String countdownId) {
        return ok(gm.get(t.dh() + "/countdowns/" + countdownId), 200).json().at("/remaining").asInt();
    }

    private static int gmFear(Api gm, Table t) {
        return ok(gm.get(t.dh() + "/gm-fear"), 200).json().at("/gm_fear").asInt();
    }

    private static List<JsonNode> timeline(Api api, Table t) {
        return ok(api.get(CAMPAIGNS + "/" + t.campaignId() + "/timeline?limit=200"), 200).json().at("/items")
                .valueStream().toList();
    }

    private static List<String> eventIds(Api gm, Table t, String type) {
        return timeline(gm, t).stream().filter(e -> e.at("/event_type").asString().equals(type))
                .map(e -> e.at("/event_id").asString()).toList();
    }

    private static String lastEventId(Api gm, Table t, String type) {
        List<String> ids = eventIds(gm, t, type);
        assertThat(ids).as("events of type " + type).isNotEmpty();
        return ids.get(ids.size() - 1);
    }
}
