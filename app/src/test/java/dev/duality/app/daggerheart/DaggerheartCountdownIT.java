package dev.duality.app.daggerheart;

import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.ServiceIntegrationTest;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.sys.daggerheart.countdown.api.CountdownBoardId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.duality.app.support.Problems.ok;
import static dev.duality.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A GM runs countdowns through HTTP while two players roll with the table's dice: a visible consequence countdown
 * (dynamic), a hidden standard one and a hidden long-term one, prepared before the first session. Each roll's outcome
 * advances them by the SRD's countdown rules (section 8 of the rules; the comment names the row of the dynamic table),
 * the standard one triggers at 0 and refuses to advance until its trigger is resolved, the dynamic one loops, and the
 * players never see what the GM keeps hidden.
 *
 * <p>The table: Morgan, owner and GM; Riley plays Sable and Sam plays Marlowe, both Rangers with Agility +2
 * ({@link Api#readyDaggerheartCharacter}). Every roll is Agility, so its total is Hope die + Fear die + 2.
 */
@DualityIntegrationTest
class DaggerheartCountdownIT extends ServiceIntegrationTest {
    private static final String CAMPAIGNS = "/api/v1/campaigns";

    @Test
    void rollsAdvanceTheGmsCountdownsByTheSrdAndPlayersSeeOnlyTheVisibleOnes() {
        // --- the table
        Api.Response created = ok(anonymous.createCampaign("Countdowns"), 201);
        String c = created.at("/campaign_id");
        String base = CAMPAIGNS + "/" + c;
        String dh = base + "/daggerheart";
        String countdowns = dh + "/countdowns";
        Api gm = anonymous.as(created.at("/access_token"));
        Api.Response rileySeat = claim(gm, base, "Riley");
        Api riley = anonymous.as(rileySeat.at("/access_token"));
        Api.Response samSeat = claim(gm, base, "Sam");
        Api sam = anonymous.as(samSeat.at("/access_token"));
        String sable = character(gm, base, "Sable", rileySeat.at("/participant_id"));
        String marlowe = character(gm, base, "Marlowe", samSeat.at("/participant_id"));
        ok(gm.readyDaggerheartCharacter(c, sable), 200);
        ok(gm.readyDaggerheartCharacter(c, marlowe), 200);

        // --- the GM prepares three countdowns before the first session; a player may not
        JsonNode ritual = ok(gm.post(countdowns, """
                {"countdown_id": "ritual", "name": "The ritual completes", "tone": "consequence",
                 "policy": "action_dynamic", "starting_value": 5, "loop": "reset", "visible_to_players": true}"""),
                201).json();
        assertCountdown(ritual, "ritual", 5, 5, "active");
        assertThat(ritual.at("/visible_to_players").asBoolean()).isTrue();
        JsonNode reinforcements = ok(gm.post(countdowns, """
                {"countdown_id": "reinforcements", "name": "Reinforcements arrive", "policy": "action_standard",
                 "starting_value": 3}"""), 201).json();
        assertCountdown(reinforcements, "reinforcements", 3, 3, "active");
        assertThat(reinforcements.at("/tone").asString()).as("the default tone").isEqualTo("neutral");
        assertThat(reinforcements.at("/loop").asString()).as("the default loop").isEqualTo("none");
        assertThat(reinforcements.at("/visible_to_players").asBoolean()).as("hidden by default").isFalse();
        ok(gm.post(countdowns, """
                {"countdown_id": "war", "name": "The war reaches the valley", "tone": "consequence",
                 "policy": "long_term", "starting_value": 4}"""), 201);
        assertProblem(riley.post(countdowns, """
                {"name": "Mine", "policy": "manual", "starting_value": 2}"""), 403, "AUTHZ_DENY_REQUIRES_GM");
        // SRD section 8: a dynamic countdown is a progress or a consequence countdown
        assertProblem(gm.post(countdowns, """
                {"name": "Vague", "policy": "action_dynamic", "starting_value": 2}"""), 422,
                "DAGGERHEART_COUNTDOWN_TONE_REQUIRED", "tone");
        assertThat(ids(gm, countdowns)).containsExactly("ritual", "reinforcements", "war");
        assertThat(ids(riley, countdowns)).as("a player sees the visible countdown only").containsExactly("ritual");
        assertProblem(riley.get(countdowns + "/reinforcements"), 404, "DAGGERHEART_COUNTDOWN_NOT_FOUND",
                "countdown_id");

        // --- the first session; every roll's outcome is applied by the GM
        String s = ok(gm.post(base + "/sessions", "{\"name\": \"The vigil\"}"), 201).at("/session_id");
        String rolls = dh + "/sessions/" + s + "/action-rolls";
        String gates = base + "/sessions/" + s + "/gates/";

        // 1. Sable: Hope 9, Fear 4: 15 >= 12, a success with Hope. Dynamic table, success with Hope: consequence 0;
        //    the standard countdown ticks once per action roll: 3 -> 2; the long-term one waits for a rest
        roll(riley, rolls, sable, 12, "[9, 4]", 1, "success_with_hope");
        JsonNode outcome1 = outcome(gm, rolls, 1);
        assertThat(advanced(outcome1)).containsExactly(tuple("reinforcements", 3, 2, 1, false));
        assertThat(skipped(outcome1)).isEmpty();
        assertCountdown(countdown(gm, countdowns, "ritual"), "ritual", 5, 5, "active");
        assertCountdown(countdown(gm, countdowns, "reinforcements"), "reinforcements", 3, 2, "active");
        assertCountdown(countdown(gm, countdowns, "war"), "war", 4, 4, "active");
        // a retry with the same key answers the first result and advances nothing twice
        long beforeReplay = journal.size();
        Api.Response replay = gm.post(rolls + "/1/outcome", "", Map.of("Idempotency-Key", "outcome-1"));
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json()).isEqualTo(outcome1);
        assertThat(journal.size()).isEqualTo(beforeReplay);
        assertProblem(gm.post(rolls + "/1/outcome", "", Map.of("Idempotency-Key", "outcome-1-again")), 409,
                "DAGGERHEART_ROLL_OUTCOME_ALREADY_APPLIED", "roll_seq");
        assertCountdown(countdown(gm, countdowns, "reinforcements"), "reinforcements", 3, 2, "active");

        // 2. Marlowe: Hope 3, Fear 10: 15 >= 15, a success with Fear. Dynamic table: consequence 1 (5 -> 4); the
        //    standard countdown 2 -> 1; both in the order the GM created them
        roll(sam, rolls, marlowe, 15, "[3, 10]", 2, "success_with_fear");
        JsonNode outcome2 = outcome(gm, rolls, 2);
        assertThat(advanced(outcome2)).containsExactly(tuple("ritual", 5, 4, 1, false),
                tuple("reinforcements", 2, 1, 1, false));
        ok(gm.post(gates + outcome2.at("/consequence_gate_id").asString() + "/resolve", """
                {"decision": "minor_move", "resolution": "The chanting grows louder"}"""), 200);
        assertCountdown(countdown(riley, countdowns, "ritual"), "ritual", 5, 4, "active");

        // 3. Sable: Hope 4, Fear 9: 15 < 20, a failure with Fear. Dynamic table: consequence 3 (4 -> 1); the standard
        //    countdown 1 -> 0: it triggers (SRD section 8: its effect triggers at 0)
        roll(riley, rolls, sable, 20, "[4, 9]", 3, "failure_with_fear");
        JsonNode outcome3 = outcome(gm, rolls, 3);
        assertThat(advanced(outcome3)).containsExactly(tuple("ritual", 4, 1, 3, false),
                tuple("reinforcements", 1, 0, 1, true));
        ok(gm.post(gates + outcome3.at("/consequence_gate_id").asString() + "/resolve", """
                {"decision": "major_move", "resolution": "The reinforcements burst in"}"""), 200);
        assertCountdown(countdown(gm, countdowns, "reinforcements"), "reinforcements", 3, 0, "trigger_pending");
        // a triggered countdown waits for its trigger to be resolved: the GM cannot advance it either
        long beforeRefusedAdvance = journal.size();
        assertProblem(gm.post(countdowns + "/reinforcements/advance", "{\"amount\": 1}"), 409,
                "DAGGERHEART_COUNTDOWN_TRIGGER_PENDING");
        assertThat(journal.size()).isEqualTo(beforeRefusedAdvance);

        // 4. Marlowe: Hope 8, Fear 2: 12 >= 10, a success with Hope. Dynamic table: consequence 0 (stays 1); the
        //    triggered standard countdown is skipped and said so
        roll(sam, rolls, marlowe, 10, "[8, 2]", 4, "success_with_hope");
        JsonNode outcome4 = outcome(gm, rolls, 4);
        assertThat(advanced(outcome4)).isEmpty();
        assertThat(skipped(outcome4)).containsExactly(tuple("reinforcements", "trigger_pending"));

        // 5. Sable's reaction roll: Hope 2, Fear 11. A reaction roll is not an action roll: no countdown moves
        ok(riley.post(rolls, """
                {"character_id": "%s", "trait": "agility", "difficulty": 10, "reaction": true,
                 "physical_results": [2, 11]}""".formatted(sable)), 201);
        JsonNode outcome5 = outcome(gm, rolls, 5);
        assertThat(advanced(outcome5)).isEmpty();
        assertThat(skipped(outcome5)).isEmpty();

        // 6. Marlowe: Hope 6, Fear 3: 11 < 20, a failure with Hope. Dynamic table: consequence 2, from 1 it stops at
        //    0 and the ritual triggers; the standard countdown is still waiting on its trigger
        roll(sam, rolls, marlowe, 20, "[6, 3]", 6, "failure_with_hope");
        JsonNode outcome6 = outcome(gm, rolls, 6);
        assertThat(advanced(outcome6)).containsExactly(tuple("ritual", 1, 0, 1, true));
        assertThat(skipped(outcome6)).containsExactly(tuple("reinforcements", "trigger_pending"));
        assertCountdown(countdown(riley, countdowns, "ritual"), "ritual", 5, 0, "trigger_pending");

        // --- the GM resolves the triggers: the ritual loops (reset: from its starting value again), the
        //     reinforcements do not (none: finished at 0, never to advance again)
        assertCountdown(ok(gm.post(countdowns + "/ritual/resolve-trigger", ""), 200).json(), "ritual", 5, 5,
                "active");
        assertCountdown(ok(gm.post(countdowns + "/reinforcements/resolve-trigger", ""), 200).json(),
                "reinforcements", 3, 0, "finished");
        assertProblem(gm.post(countdowns + "/reinforcements/resolve-trigger", ""), 409,
                "DAGGERHEART_COUNTDOWN_TRIGGER_NOT_PENDING");
        assertProblem(gm.post(countdowns + "/reinforcements/advance", "{\"amount\": 1}"), 409,
                "DAGGERHEART_COUNTDOWN_FINISHED");
        assertCountdown(countdown(riley, countdowns, "ritual"), "ritual", 5, 5, "active");

        // --- a long rest: the GM picks the long-term countdown and advances it by 1 (SRD section 7); a stale before
        //     is refused
        assertCountdown(ok(gm.post(countdowns + "/war/advance", """
                {"amount": 1, "before": 4, "reason": "long_rest"}"""), 200).json(), "war", 4, 3, "active");
        assertProblem(gm.post(countdowns + "/war/advance", """
                {"amount": 1, "before": 4, "reason": "long_rest"}"""), 409, "DAGGERHEART_COUNTDOWN_BEFORE_MISMATCH",
                "before");

        // --- hidden all along: the players never saw the reinforcements; the GM shows them, then clears them away
        assertThat(ids(sam, countdowns)).containsExactly("ritual");
        assertProblem(sam.get(countdowns + "/war"), 404, "DAGGERHEART_COUNTDOWN_NOT_FOUND", "countdown_id");
        assertThat(ok(gm.patch(countdowns + "/reinforcements", "{\"visible_to_players\": true}"), 200).json()
                .at("/visible_to_players").asBoolean()).isTrue();
        assertThat(ids(sam, countdowns)).containsExactly("ritual", "reinforcements");
        assertProblem(gm.patch(countdowns + "/reinforcements", "{\"visible_to_players\": true}"), 422,
                "DAGGERHEART_COUNTDOWN_UNCHANGED");
        ok(gm.delete(countdowns + "/reinforcements"), 204);
        assertThat(ids(gm, countdowns)).containsExactly("ritual", "war");
        assertProblem(gm.get(countdowns + "/reinforcements"), 404, "DAGGERHEART_COUNTDOWN_NOT_FOUND",
                "countdown_id");

        // --- the timeline of roll 2: its countdowns advance after its Fear, before the roll is marked done and the
        //     session records the outcome
        List<String> timeline = new ArrayList<>();
        ok(gm.get(base + "/timeline?limit=200"), 200).json().at("/items")
                .forEach(e -> timeline.add(e.at("/event_type").asString()));
        int secondRoll = timeline.indexOf("action.roll_resolved") + 1
                + timeline.subList(timeline.indexOf("action.roll_resolved") + 1, timeline.size())
                .indexOf("action.roll_resolved");
        assertThat(timeline.subList(secondRoll, secondRoll + 8)).containsExactly("action.roll_resolved",
                "sys.daggerheart.action_roll_resolved", "sys.daggerheart.gm_fear_changed",
                "sys.daggerheart.countdown_advanced", "sys.daggerheart.countdown_advanced",
                "sys.daggerheart.roll_outcome_applied", "action.outcome_applied", "session.gate_opened");
        // --- the journal: every countdown change is in the campaign's one countdown stream
        String board = CountdownBoardId.of(CampaignId.of(c)).value();
        assertThat(journal.count(board, "sys.daggerheart.countdown_created")).isEqualTo(3);
        // ticks by rolls 1, 2 (two), 3 (two) and 6, and the long rest's (no roll: 0)
        assertThat(journal.payloads(board, "sys.daggerheart.countdown_advanced"))
                .extracting(p -> tuple(p.at("/countdown_id").asString(), p.at("/remaining_after").asInt(),
                        p.at("/reason").asString(), p.at("/roll_seq").asLong(0)))
                .containsExactly(tuple("reinforcements", 2, "action_roll", 1L), tuple("ritual", 4, "action_roll", 2L),
                        tuple("reinforcements", 1, "action_roll", 2L), tuple("ritual", 1, "action_roll", 3L),
                        tuple("reinforcements", 0, "action_roll", 3L), tuple("ritual", 0, "action_roll", 6L),
                        tuple("war", 3, "long_rest", 0L));
        assertThat(journal.types(board)).endsWith("sys.daggerheart.countdown_updated",
                "sys.daggerheart.countdown_deleted");

        // --- the timeline: every member reads it, but what happened to a countdown while it was hidden is the GM's;
        //     the reinforcements became visible when the GM showed them (its later events), the war never did
        List<String> gmSees = countdownsInTimeline(gm, base);
        List<String> rileySees = countdownsInTimeline(riley, base);
        assertThat(gmSees).contains("countdown_created:reinforcements", "countdown_created:war",
                "countdown_advanced:war");
        assertThat(rileySees).contains("countdown_created:ritual", "countdown_updated:reinforcements")
                .doesNotContain("countdown_created:reinforcements", "countdown_advanced:reinforcements",
                        "countdown_created:war", "countdown_advanced:war");
        assertThat(gmSees).containsAll(rileySees);
        assertThat(countdownsInTimeline(sam, base)).isEqualTo(rileySees);
    }

    /** The countdown events the caller's timeline shows, as {@code <event>:<countdown id>}, in order. */
    private static List<String> countdownsInTimeline(Api caller, String base) {
        JsonNode items = ok(caller.get(base + "/timeline?limit=200"), 200).json().at("/items");
        java.util.regex.Pattern id = java.util.regex.Pattern.compile("countdown_id=([a-z-]+)");
        return items.valueStream().filter(i -> i.at("/event_type").asString().startsWith("sys.daggerheart.countdown_"))
                .map(i -> {
                    java.util.regex.Matcher m = id.matcher(i.at("/summary").asString());
                    assertThat(m.find()).as(i.toString()).isTrue();
                    return i.at("/event_type").asString().substring("sys.daggerheart.".length()) + ":" + m.group(1);
                }).toList();
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** An Agility action roll with the table's dice, and the result the SRD gives it. */
    private static void roll(Api player, String rolls, String characterId, int difficulty, String dice, long seq,
                             String result) {
        JsonNode roll = ok(player.post(rolls, """
                {"character_id": "%s", "trait": "agility", "difficulty": %d, "physical_results": %s}"""
                .formatted(characterId, difficulty, dice)), 201).json();
        assertThat(roll.at("/roll_seq").asLong()).isEqualTo(seq);
        assertThat(roll.at("/result").asString()).isEqualTo(result);
    }

    private static JsonNode outcome(Api gm, String rolls, long seq) {
        return ok(gm.post(rolls + "/" + seq + "/outcome", "", Map.of("Idempotency-Key", "outcome-" + seq)), 200)
                .json();
    }

    /** The countdowns an outcome advanced: id, remaining before and after, advanced by, triggered. */
    private static List<org.assertj.core.groups.Tuple> advanced(JsonNode outcome) {
        return outcome.at("/countdowns_advanced").valueStream().map(a -> tuple(a.at("/countdown_id").asString(),
                a.at("/remaining_before").asInt(), a.at("/remaining_after").asInt(), a.at("/advanced_by").asInt(),
                a.at("/triggered").asBoolean())).toList();
    }

    /** The countdowns an outcome skipped: id and reason. */
    private static List<org.assertj.core.groups.Tuple> skipped(JsonNode outcome) {
        return outcome.at("/countdowns_skipped").valueStream().map(a -> tuple(a.at("/countdown_id").asString(),
                a.at("/reason").asString())).toList();
    }

    private static void assertCountdown(JsonNode countdown, String id, int startingValue, int remaining,
                                        String status) {
        assertThat(List.of(countdown.at("/countdown_id").asString(), countdown.at("/starting_value").asInt(),
                countdown.at("/remaining").asInt(), countdown.at("/status").asString()))
                .as("countdown_id, starting_value, remaining, status in " + countdown)
                .containsExactly(id, startingValue, remaining, status);
    }

    private static JsonNode countdown(Api api, String countdowns, String id) {
        return ok(api.get(countdowns + "/" + id), 200).json();
    }

    private static List<String> ids(Api api, String countdowns) {
        return ok(api.get(countdowns), 200).json().at("/items").valueStream()
                .map(item -> item.at("/countdown_id").asString()).toList();
    }

    /** A player joins through an invite the GM made; the answer carries their token. */
    private Api.Response claim(Api gm, String base, String name) {
        String code = ok(gm.post(base + "/invites", "{\"role\": \"player\"}"), 201).at("/code");
        return ok(anonymous.post(base + "/invites/claim", """
                {"code": "%s", "name": "%s"}""".formatted(code, name)), 201);
    }

    private static String character(Api gm, String base, String name, String owner) {
        return ok(gm.post(base + "/characters", """
                {"name": "%s", "kind": "pc", "owner_participant_id": "%s"}""".formatted(name, owner)), 201)
                .at("/character_id");
    }
}
