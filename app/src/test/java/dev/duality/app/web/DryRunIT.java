package dev.duality.app.web;

import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.duality.app.support.Problems.ok;
import static dev.duality.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dry runs over HTTP: a GM previews damage before applying it. The preview answers what the endpoint would, the events
 * the decision would append and the read-model rows it would change, and leaves the journal, the read models, the
 * timeline and the aggregates in memory exactly as they were: the real command afterwards answers what the preview
 * showed, from the state before the preview.
 *
 * <p>The table: Sable, a level-1 Ranger in Leather Armor (SRD: HP 6; thresholds 6/13 + level 1 = 7/14; 3 Armor Slots).
 */
@DualityIntegrationTest
class DryRunIT extends ServiceIntegrationTest {
    private Api gm;
    private String base;
    private String session;
    private String sable;

    @BeforeEach
    void aTableInSession() {
        Api.Response created = ok(anonymous.createCampaign("Dry runs"), 201);
        String c = created.at("/campaign_id");
        base = "/api/v1/campaigns/" + c;
        gm = anonymous.as(created.at("/access_token"));
        Api.Response seat = ok(gm.invitePlayer(c, "Riley"), 201);
        Api riley = anonymous.as(seat.at("/access_token"));
        sable = ok(riley.createCharacter(c, "Sable", "pc", seat.at("/participant_id")), 201).at("/character_id");
        ok(riley.readyDaggerheartCharacter(c, sable), 200);
        session = ok(gm.post(base + "/sessions", "{\"name\": \"The ford\"}"), 201).at("/session_id");
    }

    @Test
    void aGmPreviewsDamageAndNothingHappensUntilItIsSentForReal() {
        String damage = base + "/daggerheart/characters/" + sable + "/damage";
        String nine = """
                {"amount": 9, "damage_types": ["physical"], "mark_armor_slot": true}""";
        long journalBefore = journal.size();
        int timelineBefore = timeline().size();

        Api.Response preview = ok(gm.post(damage + "?dry_run=true", nine), 200);
        assertThat(preview.header("Dry-Run")).isEqualTo("true");
        JsonNode body = preview.json();
        assertThat(body.at("/dry_run").asBoolean()).isTrue();
        assertThat(body.at("/status").asInt()).isEqualTo(200);
        // SRD: 9 is at or above Major (7), below Severe (14): 2 HP; an Armor Slot lowers it one band, to 1 HP
        assertThat(body.at("/answer/severity_before_armor").asString()).isEqualTo("major");
        assertThat(body.at("/answer/hp_marks").asInt()).isEqualTo(1);
        assertThat(body.at("/answer/state/hp_marked").asInt()).isEqualTo(1);
        assertThat(body.at("/answer/state/armor_marked").asInt()).isEqualTo(1);
        assertThat(types(body)).contains("sys.daggerheart.damage_applied");
        JsonNode applied = event(body, "sys.daggerheart.damage_applied");
        assertThat(applied.at("/aggregate_id").asString()).contains(sable);
        // the read model's row, before and after
        assertThat(column(body, "hp_marked")).containsExactly(0, 1);
        assertThat(column(body, "armor_marked")).containsExactly(0, 1);

        // --- nothing was kept: the journal, the state, the timeline
        assertThat(journal.size()).isEqualTo(journalBefore);
        JsonNode state = ok(gm.get(base + "/daggerheart/characters/" + sable + "/state"), 200).json();
        assertThat(state.at("/hp_marked").asInt()).isZero();
        assertThat(state.at("/armor_marked").asInt()).isZero();
        assertThat(timeline()).hasSize(timelineBefore);

        // --- for real: exactly what the preview showed, decided on the state before it (not on the preview's)
        JsonNode real = ok(gm.post(damage, nine), 200).json();
        assertThat(real).isEqualTo(body.at("/answer"));
        assertThat(journal.size()).isGreaterThan(journalBefore);
        assertThat(timeline().size()).isGreaterThan(timelineBefore);
    }

    @Test
    void aDryRunIgnoresTheIdempotencyKeySoTheRealRequestWithItRuns() {
        String gain = base + "/daggerheart/gm-fear/gain";
        int fear = ok(gm.get(base + "/daggerheart/gm-fear"), 200).json().at("/gm_fear").asInt();
        Map<String, String> key = Map.of("Idempotency-Key", "fear-gain-0001");

        JsonNode preview = ok(gm.post(gain + "?dry_run=true", "{\"amount\": 2}", key), 200).json();
        assertThat(preview.at("/answer/gm_fear").asInt()).isEqualTo(fear + 2);
        assertThat(ok(gm.get(base + "/daggerheart/gm-fear"), 200).json().at("/gm_fear").asInt()).isEqualTo(fear);

        Api.Response real = ok(gm.post(gain, "{\"amount\": 2}", key), 200);
        assertThat(real.header("Idempotent-Replayed")).isNull();
        assertThat(real.json().at("/gm_fear").asInt()).isEqualTo(fear + 2);
        assertThat(ok(gm.post(gain, "{\"amount\": 2}", key), 200).header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void serverDiceAreNeverPreviewedButTheTablesDiceAre() {
        String rolls = base + "/sessions/" + session + "/rolls";
        long journalBefore = journal.size();
        // a preview of server dice would show the session's next roll (its seed follows from the roll's number)
        assertProblem(gm.post(rolls + "?dry_run=true", "{\"dice\": [{\"count\": 2, \"sides\": 12}]}"), 422,
                "DRY_RUN_ROLLS_DICE", "dry_run");
        assertProblem(gm.post(base + "/daggerheart/sessions/" + session + "/action-rolls?dry_run=true", """
                {"character_id": "%s", "trait": "agility", "difficulty": 12}""".formatted(sable)), 422,
                "DRY_RUN_ROLLS_DICE", "dry_run");
        assertThat(journal.size()).isEqualTo(journalBefore);

        Api.Response previewed = ok(gm.post(rolls + "?dry_run=true", """
                {"dice": [{"count": 1, "sides": 20}], "physical_results": [17]}"""), 200);
        assertThat(previewed.header("Location")).as("nothing was created").isNull();
        JsonNode physical = previewed.json();
        assertThat(physical.at("/status").asInt()).isEqualTo(201);
        assertThat(types(physical)).containsExactly("action.roll_resolved");
        assertThat(physical.at("/answer/roll_seq").asLong()).isEqualTo(1);
        // the preview took no roll number: the first real roll is still number 1
        assertThat(ok(gm.post(rolls, "{\"dice\": [{\"count\": 2, \"sides\": 12}]}"), 201).json()
                .at("/roll_seq").asLong()).isEqualTo(1);
    }

    @Test
    void aRefusalIsAnsweredAsItWouldBeAndAMalformedFlagIsRefused() {
        String damage = base + "/daggerheart/characters/" + sable + "/damage";
        String negative = "{\"amount\": -1, \"damage_types\": [\"physical\"]}";
        Api.Response previewed = gm.post(damage + "?dry_run=true", negative);
        Api.Response refused = gm.post(damage, negative);
        assertThat(previewed.status()).isEqualTo(refused.status()).isEqualTo(400);
        assertThat(previewed.json().at("/code")).isEqualTo(refused.json().at("/code"));
        assertThat(previewed.json().at("/field")).isEqualTo(refused.json().at("/field"));
        assertProblem(gm.post(base + "/daggerheart/gm-fear/spend?dry_run=true", "{\"amount\": 12}"), 422,
                "DAGGERHEART_GM_FEAR_INSUFFICIENT", "amount");
        assertProblem(gm.post(damage + "?dry_run=maybe", "{\"amount\": 1, \"damage_types\": [\"physical\"]}"), 400,
                "PARAMETER_INVALID", "dry_run");
        // dry_run=false is an ordinary request, and reads ignore the flag
        assertThat(ok(gm.post(damage + "?dry_run=false", "{\"amount\": 1, \"damage_types\": [\"physical\"]}"), 200)
                .header("Dry-Run")).isNull();
        assertThat(ok(gm.get(base + "?dry_run=true"), 200).json().at("/name").asString()).isEqualTo("Dry runs");
    }

    private List<JsonNode> timeline() {
        List<JsonNode> entries = new ArrayList<>();
        ok(gm.get(base + "/timeline?limit=200"), 200).json().at("/items").forEach(entries::add);
        return entries;
    }

    private static List<String> types(JsonNode preview) {
        List<String> types = new ArrayList<>();
        preview.at("/events").forEach(e -> types.add(e.at("/event_type").asString()));
        return types;
    }

    private static JsonNode event(JsonNode preview, String type) {
        for (JsonNode e : preview.at("/events")) {
            if (e.at("/event_type").asString().equals(type)) {
                return e;
            }
        }
        throw new AssertionError("no " + type + " in " + preview);
    }

    /** The first change of {@code column} among the preview's rows: its value before and after. */
    private static List<Integer> column(JsonNode preview, String column) {
        for (JsonNode change : preview.at("/changes")) {
            JsonNode values = change.at("/columns/" + column);
            if (!values.isMissingNode()) {
                return List.of(values.at("/before").asInt(), values.at("/after").asInt());
            }
        }
        throw new AssertionError("no change of " + column + " in " + preview.at("/changes"));
    }
}
