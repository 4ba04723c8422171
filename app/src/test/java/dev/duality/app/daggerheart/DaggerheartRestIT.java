package dev.duality.app.daggerheart;

import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.ServiceIntegrationTest;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.session.api.SessionStreamId;
import dev.duality.sys.daggerheart.gm.api.GmStateId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static dev.duality.app.support.Problems.ok;
import static dev.duality.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Rests over HTTP ({@code POST …/daggerheart/sessions/{sid}/rests}): a long rest of a party of three in one decision,
 * short rests with the table's dice and the server's, the run of three short rests, an interrupted rest, who may rest
 * whom, and a refused step refusing the whole rest.
 *
 * <p>Every expected number is typed in from the SRD (Downtime; GM gains from rests), never computed by the code under
 * test. Every character is the ready Ranger of {@link Api#readyDaggerheartCharacter}: level 1 (tier 1), 6 HP, 6 Stress
 * slots, 2 Hope of 6, Leather Armor (3 Armor Slots), an Elf (Celestial Trance: 3 downtime moves per rest). Morgan owns
 * the campaign and is its GM; Riley plays Sable, Sam plays Marlowe and Jo plays Wren. The first session seeds the GM's
 * Fear with 3, one per PC.
 */
@DualityIntegrationTest
class DaggerheartRestIT extends ServiceIntegrationTest {
    private static final String CAMPAIGNS = "/api/v1/campaigns";

    /** The table in its first session. */
    private record Table(String campaignId, String sessionId, Api gm, Api riley, Api sam, String sable,
                         String marlowe, String wren) {
        String dh() {
            return CAMPAIGNS + "/" + campaignId + "/daggerheart";
        }

        String rests() {
            return dh() + "/sessions/" + sessionId + "/rests";
        }

        String sheet(String characterId) {
            return dh() + "/characters/" + characterId;
        }

        String gmStream() {
            return GmStateId.of(CampaignId.of(campaignId)).value();
        }

        String playStream() {
            return SessionStreamId.of(CampaignId.of(campaignId), SessionId.of(sessionId)).value();
        }
    }

    /** Three players, each with a ready Ranger; {@code beforeSession} runs before the first session starts. */
    private Table table(String name, Consumer<Table> beforeSession) {
        Api.Response created = ok(anonymous.createCampaign(name), 201);
        String c = created.at("/campaign_id");
        Api gm = anonymous.as(created.at("/access_token"));
        List<Api> players = new ArrayList<>();
        List<String> characters = new ArrayList<>();
        for (String[] seat : List.of(new String[]{"Riley", "Sable"}, new String[]{"Sam", "Marlowe"},
                new String[]{"Jo", "Wren"})) {
            Api.Player player = gm.readyDaggerheartPlayer(c, seat[0], seat[1]);
            players.add(player.api());
            characters.add(player.characterId());
        }
        Table prepared = new Table(c, null, gm, players.get(0), players.get(1), characters.get(0), characters.get(1),
                characters.get(2));
        beforeSession.accept(prepared);
        String s = ok(gm.post(CAMPAIGNS + "/" + c + "/sessions", "{\"name\": \"The long road\"}"), 201)
                .at("/session_id");
        return new Table(c, s, gm, prepared.riley(), prepared.sam(), prepared.sable(), prepared.marlowe(),
                prepared.wren());
    }

    @Test
    void aLongRestOfThePartyIsOneDecision() {
        Table t = table("Long rest", prepared -> {
            // the GM's countdowns: a project the party works on, shown to players; the long-term war, hidden
            ok(prepared.gm().post(prepared.dh() + "/countdowns", """
                    {"countdown_id": "forge", "name": "Forge the blade", "tone": "progress", "policy": "manual",
                     "starting_value": 4, "visible_to_players": true}"""), 201);
            ok(prepared.gm().post(prepared.dh() + "/countdowns", """
                    {"countdown_id": "war", "name": "The war reaches the valley", "tone": "consequence",
                     "policy": "long_term", "starting_value": 4}"""), 201);
        });
        Api gm = t.gm();
        // Sable is wounded; Marlowe is stressed and has temporary armor until the next long rest (2) and for the
        // session (1); Wren sent Untouchable to her vault, then fell unconscious with every Armor Slot marked,
        // restrained until the next long rest and hidden for the session
        ok(gm.patch(t.sheet(t.sable()) + "/state", "{\"hp_marked\": 4}"), 200);
        ok(gm.patch(t.sheet(t.marlowe()) + "/state", "{\"stress_marked\": 5}"), 200);
        ok(gm.post(t.sheet(t.marlowe()) + "/temporary-armor", """
                {"source": "rally", "duration": "long_rest", "amount": 2}"""), 200);
        ok(gm.post(t.sheet(t.marlowe()) + "/temporary-armor", """
                {"source": "shield_spell", "duration": "session", "amount": 1}"""), 200);
        ok(gm.post(t.sheet(t.wren()) + "/loadout/swap", """
                {"card_id": "bone-untouchable", "to": "vault"}"""), 200);
        ok(gm.patch(t.sheet(t.wren()) + "/state", """
                {"hp_marked": 6, "armor_marked": 3, "life_state": "unconscious"}"""), 200);
        ok(gm.put(t.sheet(t.wren()) + "/conditions", """
                {"conditions": ["hidden", "restrained"], "lasting": {"restrained": "long_rest", "hidden": "session"}}
                """), 200);
        // the GM holds 8 Fear
        ok(gm.put(t.dh() + "/gm-fear", "{\"before\": 3, \"after\": 8}"), 200);
        int timelineBefore = timeline(gm, t).size();

        JsonNode rest = ok(gm.post(t.rests(), """
                {"type": "long", "fear_die": 3, "long_term_countdown_id": "war", "party": [
                  {"character_id": "%s", "moves": [{"move": "tend_to_wounds"},
                     {"move": "work_on_a_project", "project": "forge"}, {"move": "prepare", "together": true}]},
                  {"character_id": "%s", "moves": [{"move": "clear_stress"},
                     {"move": "repair_armor", "target": "%s"}, {"move": "prepare", "together": true}]},
                  {"character_id": "%s", "swaps": [{"card_id": "bone-untouchable", "to": "loadout"}]}]}"""
                .formatted(t.sable(), t.marlowe(), t.wren(), t.wren())), 200).json();

        // the GM's Fear: d4 3 + 3 PCs = 6, from 8 only 4 fit under 12, 2 are lost
        assertThat(List.of(rest.at("/type").asString(), rest.at("/benefits").asString(), rest.at("/fear_die").asInt(),
                rest.at("/fear_gained").asInt(), rest.at("/fear_lost").asInt(), rest.at("/gm_fear").asInt(),
                rest.at("/short_rests_in_a_row").asInt(-1))).containsExactly("long", "long", 3, 6, 2, 12, 0);
        long fearRoll = rest.at("/fear_roll_seq").asLong();
        // a long rest's moves clear everything, with no die; Prepare together gives 2 Hope each
        assertThat(rest.at("/moves").valueStream().map(m -> tuple(m.at("/character_id").asString(),
                m.at("/by_character_id").asString(), m.at("/move").asString(), m.at("/die").isNull(),
                m.at("/cleared").asInt(), m.at("/hope_gained").asInt()))).containsExactly(
                tuple(t.sable(), t.sable(), "tend_to_wounds", true, 4, 0),
                tuple(t.sable(), t.sable(), "work_on_a_project", true, 0, 0),
                tuple(t.sable(), t.sable(), "prepare", true, 0, 2),
                tuple(t.marlowe(), t.marlowe(), "clear_stress", true, 5, 0),
                tuple(t.wren(), t.marlowe(), "repair_armor", true, 3, 0),
                tuple(t.marlowe(), t.marlowe(), "prepare", true, 0, 2));
        // the project and the long-term countdown advance by 1; the GM sees both
        assertThat(rest.at("/countdowns").valueStream().map(c -> tuple(c.at("/countdown_id").asString(),
                c.at("/remaining").asInt(), c.at("/triggered").asBoolean())))
                .containsExactly(tuple("forge", 3, false), tuple("war", 3, false));
        // the party after it: HP, Stress and Armor cleared; Marlowe's long-rest armor gone, the session's kept;
        // Wren's restraint ended, her hiding (for the session) kept; she woke
        JsonNode sable = member(rest, t.sable());
        assertThat(List.of(sable.at("/hp_marked").asInt(), sable.at("/hope").asInt())).containsExactly(0, 4);
        JsonNode marlowe = member(rest, t.marlowe());
        assertThat(List.of(marlowe.at("/stress_marked").asInt(), marlowe.at("/hope").asInt(),
                marlowe.at("/armor_score").asInt())).containsExactly(0, 4, 4);
        assertThat(marlowe.at("/temporary_armor").valueStream().map(a -> a.at("/duration").asString()))
                .containsExactly("session");
        JsonNode wren = member(rest, t.wren());
        assertThat(List.of(wren.at("/armor_marked").asInt(), wren.at("/life_state").asString(),
                wren.at("/hp_marked").asInt())).containsExactly(0, "alive", 6);
        assertThat(wren.at("/conditions").valueStream().map(JsonNode::asString)).containsExactly("hidden");
        // the swap at the rest's start was free: Untouchable's Recall Cost of 1 Stress was not paid
        JsonNode wrenSheet = ok(gm.get(t.sheet(t.wren())), 200).json();
        assertThat(wrenSheet.at("/domain_cards/loadout").valueStream().map(c -> c.at("/card_id").asString()))
                .contains("bone-untouchable");
        assertThat(wren.at("/stress_marked").asInt()).isZero();

        // the read models agree
        JsonNode fear = ok(gm.get(t.dh() + "/gm-fear"), 200).json();
        assertThat(List.of(fear.at("/gm_fear").asInt(), fear.at("/short_rests_in_a_row").asInt(-1)))
                .containsExactly(12, 0);
        assertThat(ok(gm.get(t.dh() + "/countdowns/war"), 200).json().at("/remaining").asInt()).isEqualTo(3);
        assertThat(ok(t.riley().get(t.dh() + "/countdowns/forge"), 200).json().at("/remaining").asInt())
                .isEqualTo(3);

        // the journal: the Fear die is the session's roll of the table's 3, and the rest and the Fear record it
        assertThat(journal.payloads(t.playStream(), "action.roll_resolved")).singleElement().satisfies(roll -> {
            assertThat(roll.at("/roll_seq").asLong()).isEqualTo(fearRoll);
            assertThat(roll.at("/label").asString()).isEqualTo("rest_fear");
            assertThat(roll.at("/roll/mode").asString()).isEqualTo("physical");
            assertThat(roll.at("/roll/results/0/value").asInt()).isEqualTo(3);
        });
        assertThat(journal.payloads(t.gmStream(), "sys.daggerheart.rest_taken")).singleElement().satisfies(taken ->
                assertThat(List.of(taken.at("/type").asString(), taken.at("/fear_die").asInt(),
                        taken.at("/fear_roll_seq").asLong(), taken.at("/fear_gained").asInt(),
                        taken.at("/party").size())).containsExactly("long", 3, fearRoll, 6, 3));
        assertThat(journal.payloads(t.gmStream(), "sys.daggerheart.gm_fear_changed")).last().satisfies(changed ->
                assertThat(List.of(changed.at("/before").asInt(), changed.at("/after").asInt(),
                        changed.at("/reason").asString(), changed.at("/lost_to_cap").asInt(),
                        changed.at("/roll_seq").asLong())).containsExactly(8, 12, "long_rest", 2, fearRoll));
        // the decision's order: the swap, the Fear, each character's moves (a project advancing with its move),
        // what ends with the long rest, the unconscious waking, the long-term countdown
        List<String> events = timeline(gm, t);
        assertThat(events.subList(timelineBefore, events.size())).containsExactly(
                "sys.daggerheart.loadout_swapped", "action.roll_resolved", "sys.daggerheart.rest_taken",
                "sys.daggerheart.gm_fear_changed", "sys.daggerheart.downtime_move_applied",
                "sys.daggerheart.downtime_move_applied", "sys.daggerheart.countdown_advanced",
                "sys.daggerheart.downtime_move_applied", "sys.daggerheart.downtime_move_applied",
                "sys.daggerheart.downtime_move_applied", "sys.daggerheart.downtime_move_applied",
                "sys.daggerheart.character_temporary_armor_ended", "sys.daggerheart.condition_changed",
                "sys.daggerheart.character_state_patched", "sys.daggerheart.countdown_advanced");

        // a short rest on a full pool: the d4's 2 Fear are all lost, the GM stays at 12
        JsonNode full = ok(gm.post(t.rests(), """
                {"type": "short", "fear_die": 2, "party": [{"character_id": "%s"}]}""".formatted(t.sable())), 200)
                .json();
        assertThat(List.of(full.at("/fear_gained").asInt(), full.at("/fear_lost").asInt(), full.at("/gm_fear").asInt(),
                full.at("/short_rests_in_a_row").asInt())).containsExactly(2, 2, 12, 1);
    }

    @Test
    void shortRestsUntilALongRestIsRequired() {
        Table t = table("Short rests", prepared -> { });
        Api gm = t.gm();
        ok(gm.patch(t.sheet(t.sable()) + "/state", "{\"hp_marked\": 5, \"stress_marked\": 3}"), 200);
        ok(gm.post(t.sheet(t.marlowe()) + "/temporary-armor", """
                {"source": "rally", "duration": "short_rest", "amount": 1}"""), 200);

        // a player rests their own characters; resting someone else's is a GM's to send
        long journalBefore = journal.size();
        assertProblem(t.riley().post(t.rests(), """
                {"type": "short", "party": [{"character_id": "%s"}, {"character_id": "%s"}]}"""
                .formatted(t.sable(), t.marlowe())), 403, "AUTHZ_DENY_NOT_CHARACTER_CONTROLLER");
        assertThat(journal.size()).isEqualTo(journalBefore);

        // 1. Riley rests Sable with the table's dice: Fear d4 2; Tend to Wounds 3 + tier 1 = 4 of 5 HP; Clear Stress
        //    1 + 1 = 2 of 3 Stress; Prepare alone 1 Hope
        JsonNode first = ok(t.riley().post(t.rests(), """
                {"type": "short", "fear_die": 2, "party": [{"character_id": "%s", "moves": [
                  {"move": "tend_to_wounds", "die": 3}, {"move": "clear_stress", "die": 1}, {"move": "prepare"}]}]}"""
                .formatted(t.sable())), 200).json();
        assertThat(List.of(first.at("/fear_die").asInt(), first.at("/fear_gained").asInt(),
                first.at("/gm_fear").asInt(), first.at("/short_rests_in_a_row").asInt()))
                .containsExactly(2, 2, 5, 1);
        assertThat(first.at("/moves").valueStream().map(m -> tuple(m.at("/move").asString(), m.at("/die").asInt(0),
                m.at("/cleared").asInt(), m.at("/hope_gained").asInt(), m.at("/roll_seq").isNull())))
                .containsExactly(tuple("tend_to_wounds", 3, 4, 0, false), tuple("clear_stress", 1, 2, 0, false),
                        tuple("prepare", 0, 0, 1, true));
        JsonNode sable = member(first, t.sable());
        assertThat(List.of(sable.at("/hp_marked").asInt(), sable.at("/stress_marked").asInt(),
                sable.at("/hope").asInt())).containsExactly(1, 1, 3);
        // each die is a session roll: the Fear's, then one per recovery move, as the table reported them
        assertThat(journal.payloads(t.playStream(), "action.roll_resolved")).extracting(
                r -> tuple(r.at("/label").asString(), r.at("/roll/mode").asString(),
                        r.at("/roll/results/0/value").asInt()))
                .containsExactly(tuple("rest_fear", "physical", 2), tuple("tend_to_wounds", "physical", 3),
                        tuple("clear_stress", "physical", 1));
        // Marlowe did not rest: his armor until the next rest is still there
        assertThat(state(gm, t, t.marlowe()).at("/armor_score").asInt()).isEqualTo(4);
        assertShortRestsInARow(gm, t, 1, 5);

        // 2. an interrupted short rest gives nothing: no Fear, no die, nothing ends, the run stays as it was
        assertProblem(gm.post(t.rests(), """
                {"type": "short", "interrupted": true,
                 "party": [{"character_id": "%s", "moves": [{"move": "prepare"}]}]}""".formatted(t.sable())), 422,
                "DAGGERHEART_REST_TOO_SHORT", "party[0].moves");
        long rollsBefore = journal.count(t.playStream(), "action.roll_resolved");
        JsonNode interrupted = ok(gm.post(t.rests(), party("short", true, t)), 200).json();
        assertThat(interrupted.at("/benefits").isNull()).isTrue();
        assertThat(interrupted.at("/fear_roll_seq").isNull()).isTrue();
        assertThat(List.of(interrupted.at("/fear_gained").asInt(), interrupted.at("/gm_fear").asInt(),
                interrupted.at("/short_rests_in_a_row").asInt())).containsExactly(0, 5, 1);
        assertThat(journal.count(t.playStream(), "action.roll_resolved")).isEqualTo(rollsBefore);
        assertThat(state(gm, t, t.marlowe()).at("/armor_score").asInt()).isEqualTo(4);
        assertShortRestsInARow(gm, t, 1, 5);

        // 3. the GM rests the party with the server's dice: Fear 1d4, and Marlowe's armor until the next rest ends
        JsonNode second = ok(gm.post(t.rests(), party("short", false, t)), 200).json();
        int fearDie = second.at("/fear_die").asInt();
        assertThat(fearDie).isBetween(1, 4);
        assertThat(List.of(second.at("/fear_gained").asInt(), second.at("/gm_fear").asInt(),
                second.at("/short_rests_in_a_row").asInt())).containsExactly(fearDie, 5 + fearDie, 2);
        assertThat(journal.payloads(t.playStream(), "action.roll_resolved")).last()
                .satisfies(r -> assertThat(r.at("/roll/mode").asString()).isEqualTo("server"));
        assertThat(member(second, t.marlowe()).at("/armor_score").asInt()).isEqualTo(3);
        assertShortRestsInARow(gm, t, 2, 5 + fearDie);

        // 4. the third short rest in a row
        JsonNode third = ok(gm.post(t.rests(), party("short", false, t)), 200).json();
        assertThat(third.at("/short_rests_in_a_row").asInt()).isEqualTo(3);
        int fearAfterThree = third.at("/gm_fear").asInt();
        assertShortRestsInARow(gm, t, 3, fearAfterThree);

        // 5. a fourth is refused: the next rest must be long; nothing of it is recorded
        journalBefore = journal.size();
        assertProblem(gm.post(t.rests(), party("short", false, t)), 422, "DAGGERHEART_LONG_REST_REQUIRED", "type");
        assertProblem(t.riley().post(t.rests(), """
                {"type": "short", "party": [{"character_id": "%s"}]}""".formatted(t.sable())), 422,
                "DAGGERHEART_LONG_REST_REQUIRED", "type");
        assertThat(journal.size()).isEqualTo(journalBefore);
        assertShortRestsInARow(gm, t, 3, fearAfterThree);

        // 6. the long rest ends the run, and short rests may follow again
        assertThat(ok(gm.post(t.rests(), party("long", false, t)), 200).json().at("/short_rests_in_a_row")
                .asInt(-1)).isZero();
        assertThat(ok(gm.post(t.rests(), party("short", false, t)), 200).json().at("/short_rests_in_a_row")
                .asInt()).isEqualTo(1);
        // the journal: every rest the GM state recorded, the interrupted one giving nothing, the refused one absent
        assertThat(journal.payloads(t.gmStream(), "sys.daggerheart.rest_taken")).extracting(
                r -> tuple(r.at("/type").asString(), r.at("/interrupted").asBoolean(), r.at("/benefits").asString(""),
                        r.at("/short_rests_in_a_row").asInt(-1)))
                .containsExactly(tuple("short", false, "short", 1), tuple("short", true, "", 1),
                        tuple("short", false, "short", 2), tuple("short", false, "short", 3),
                        tuple("long", false, "long", 0), tuple("short", false, "short", 1));
    }

    @Test
    void aPlayerIsNotShownTheCountdownsTheGmKeepsHidden() {
        Table t = table("Hidden project", prepared -> ok(prepared.gm().post(prepared.dh() + "/countdowns", """
                {"countdown_id": "heist", "name": "The vault heist", "tone": "progress", "policy": "manual",
                 "starting_value": 3}"""), 201));
        String working = """
                {"type": "long", "party": [{"character_id": "%s", "moves": [
                  {"move": "work_on_a_project", "project": "%s"}]}]}""";

        // a player naming the hidden countdown is answered as for one that does not exist: nothing advances
        Api.Response hidden = t.riley().post(t.rests(), working.formatted(t.sable(), "heist"));
        Api.Response unknown = t.riley().post(t.rests(), working.formatted(t.sable(), "no-such-project"));
        assertProblem(hidden, 404, "DAGGERHEART_COUNTDOWN_NOT_FOUND", "party[0].moves[0].project");
        assertProblem(unknown, 404, "DAGGERHEART_COUNTDOWN_NOT_FOUND", "party[0].moves[0].project");
        assertThat(ok(t.gm().get(t.dh() + "/countdowns/heist"), 200).json().at("/remaining").asInt())
                .isEqualTo(3);

        // the GM may: the project advances, and the GM's answer shows it
        JsonNode rest = ok(t.gm().post(t.rests(), working.formatted(t.sable(), "heist")), 200).json();
        assertThat(rest.at("/moves/0/project").asString()).isEqualTo("heist");
        assertThat(rest.at("/countdowns/0/countdown_id").asString()).isEqualTo("heist");
        assertThat(ok(t.gm().get(t.dh() + "/countdowns/heist"), 200).json().at("/remaining").asInt())
                .isEqualTo(2);
    }

    @Test
    void oneRefusedStepRefusesTheWholeRest() {
        Table t = table("Atomic rest", prepared -> { });
        Api gm = t.gm();
        ok(gm.patch(t.sheet(t.sable()) + "/state", "{\"hp_marked\": 4}"), 200);
        ok(gm.patch(t.sheet(t.wren()) + "/state", "{\"hp_marked\": 6, \"life_state\": \"dead\"}"), 200);
        long journalBefore = journal.size();
        JsonNode fearBefore = ok(gm.get(t.dh() + "/gm-fear"), 200).json();
        JsonNode partyBefore = ok(gm.get(t.dh() + "/characters"), 200).json();

        // Sable's move and Marlowe's first are fine; his last tends Wren, who is dead: her sheet refuses it, after the
        // Fear was rolled and gained and the other moves applied, and all of it rolls back
        JsonNode refused = assertProblem(gm.post(t.rests(), """
                {"type": "long", "fear_die": 4, "party": [
                  {"character_id": "%s", "moves": [{"move": "tend_to_wounds"}]},
                  {"character_id": "%s", "moves": [{"move": "prepare"}, {"move": "tend_to_wounds", "target": "%s"}]},
                  {"character_id": "%s"}]}"""
                .formatted(t.sable(), t.marlowe(), t.wren(), t.wren())), 409, "DAGGERHEART_CHARACTER_DEAD");
        assertThat(refused.has("field")).isFalse();
        // nor does the dead make a move of their own
        assertProblem(gm.post(t.rests(), """
                {"type": "long", "party": [{"character_id": "%s", "moves": [{"move": "prepare"}]},
                  {"character_id": "%s", "moves": [{"move": "repair_armor", "target": "%s"}]}]}"""
                .formatted(t.sable(), t.wren(), t.sable())), 409, "DAGGERHEART_CHARACTER_DEAD");
        // the last step of a long rest, the long-term countdown, names one the campaign does not have
        assertProblem(gm.post(t.rests(), """
                {"type": "long", "long_term_countdown_id": "no-such-countdown", "party": [
                  {"character_id": "%s", "moves": [{"move": "tend_to_wounds"}]}]}""".formatted(t.sable())), 404,
                "DAGGERHEART_COUNTDOWN_NOT_FOUND", "long_term_countdown_id");

        assertThat(journal.size()).isEqualTo(journalBefore);
        assertThat(journal.count(t.playStream(), "action.roll_resolved")).isZero();
        assertThat(ok(gm.get(t.dh() + "/gm-fear"), 200).json()).isEqualTo(fearBefore);
        assertThat(ok(gm.get(t.dh() + "/characters"), 200).json()).isEqualTo(partyBefore);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** A rest of the whole party, no moves, the server's dice. */
    private static String party(String type, boolean interrupted, Table t) {
        return """
                {"type": "%s", "interrupted": %s, "party": [{"character_id": "%s"}, {"character_id": "%s"},
                  {"character_id": "%s"}]}""".formatted(type, interrupted, t.sable(), t.marlowe(), t.wren());
    }

    private static void assertShortRestsInARow(Api api, Table t, int inARow, int fear) {
        JsonNode gmState = ok(api.get(t.dh() + "/gm-fear"), 200).json();
        assertThat(List.of(gmState.at("/short_rests_in_a_row").asInt(-1), gmState.at("/gm_fear").asInt()))
                .as("short_rests_in_a_row, gm_fear").containsExactly(inARow, fear);
    }

    /** A resting character's state in a rest's answer. */
    private static JsonNode member(JsonNode rest, String characterId) {
        return rest.at("/party").valueStream().filter(m -> m.at("/character_id").asString().equals(characterId))
                .findFirst().orElseThrow(() -> new AssertionError(characterId + " not in " + rest.at("/party")));
    }

    private static JsonNode state(Api api, Table t, String characterId) {
        return ok(api.get(t.sheet(characterId) + "/state"), 200).json();
    }

    /** The event types of the campaign's timeline, in order, as the GM reads them. */
    private static List<String> timeline(Api gm, Table t) {
        return ok(gm.get(CAMPAIGNS + "/" + t.campaignId() + "/timeline?limit=200"), 200).json().at("/items")
                .valueStream().map(e -> e.at("/event_type").asString()).toList();
    }
}
