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
import java.util.List;
import java.util.Map;

import static dev.duality.app.support.Problems.ok;
import static dev.duality.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A GM and two players run a whole Daggerheart combat round through HTTP: character creation, the first session, Duality
 * rolls and their outcomes, damage to one and to three characters, resistance, massive damage, Stress, conditions, and
 * what the party list, the roll list and the timeline say afterwards.
 *
 * <p>Every expected number is typed in from the SRD (the comment names the table or rule, as in
 * {@code /work/shared/docs/daggerheart-rules.md}), never computed by the code under test. Dice are the table's own
 * ({@code physical_results}: Hope die, Fear die), so every result is known in advance.
 *
 * <p>The table: Morgan, owner and GM; Riley plays Sable (Ranger, Leather armor); Sam plays Marlowe (Guardian,
 * Chainmail); the GM runs the Ferryman, an NPC ally (Warrior, Gambeson). The campaign plays with the optional massive
 * damage rule.
 */
@DualityIntegrationTest
class DaggerheartCombatIT extends ServiceIntegrationTest {
    private static final String CAMPAIGNS = "/api/v1/campaigns";

    @Test
    void aGmAndTwoPlayersRunACombatRoundAndEveryNumberIsTheSrds() {
        // --- the table: the owner (GM) invites two players
        Api.Response created = ok(anonymous.createCampaign("Combat round"), 201);
        String c = created.at("/campaign_id");
        String base = CAMPAIGNS + "/" + c;
        String dh = base + "/daggerheart";
        String gmId = created.at("/owner_participant_id");
        Api gm = anonymous.as(created.at("/access_token"));
        Api.Response rileySeat = ok(gm.invitePlayer(c, "Riley"), 201);
        Api riley = anonymous.as(rileySeat.at("/access_token"));
        String rileyId = rileySeat.at("/participant_id");
        Api.Response samSeat = ok(gm.invitePlayer(c, "Sam"), 201);
        Api sam = anonymous.as(samSeat.at("/access_token"));
        String samId = samSeat.at("/participant_id");

        String sable = ok(riley.createCharacter(c, "Sable", "pc", rileyId), 201).at("/character_id");
        String marlowe = ok(sam.createCharacter(c, "Marlowe", "pc", samId), 201).at("/character_id");
        String ferryman = ok(gm.createCharacter(c, "The Ferryman", "npc", gmId), 201).at("/character_id");

        // --- character creation, step by step for Sable
        JsonNode sheet = ok(riley.post(dh + "/characters", """
                {"character_id": "%s", "character_class": "ranger"}""".formatted(sable)), 201).json();
        // SRD Classes table, Ranger: Evasion 12, HP 6; creation step 4: 6 Stress, 2 Hope (of 6), Proficiency 1;
        // unarmored thresholds: Major = level (1), Severe = 2 × level (2); Armor Score 0
        assertNumbers(sheet, 6, 6, 2, 6, 12, 1, 0, 1, 2);
        assertThat(sheet.at("/level").asInt()).isEqualTo(1);
        assertThat(sheet.at("/creation/complete").asBoolean()).isFalse();
        assertThat(strings(sheet.at("/creation/missing_steps"))).containsExactly("class_subclass", "heritage",
                "traits", "equipment", "details", "background", "experiences", "domain_cards", "connections");

        sheet = ok(riley.patch(dh + "/characters/" + sable + "/profile", """
                {"subclass": "wayfinder", "heritage": {"ancestry": "elf", "community": "wildborne"},
                 "traits": {"agility": 2, "strength": -1, "finesse": 1, "instinct": 1, "presence": 0,
                            "knowledge": 0}}"""), 200).json();
        assertThat(strings(sheet.at("/creation/completed_steps")))
                .containsExactly("class_subclass", "heritage", "traits");
        // SRD Armor Tables, Leather: base thresholds 6/13, base score 3; PC thresholds = base + level (1): 7/14
        sheet = ok(riley.patch(dh + "/characters/" + sable + "/profile", """
                {"equipment": {"armor": {"preset": "leather"}, "primary_weapon": "Shortbow"}}"""), 200).json();
        assertNumbers(sheet, 6, 6, 2, 6, 12, 1, 3, 7, 14);
        assertThat(sheet.at("/state/armor_score").asInt()).isEqualTo(3);
        sheet = ok(riley.patch(dh + "/characters/" + sable + "/profile", """
                {"experiences": [{"name": "Tracker", "modifier": 2}, {"name": "Forest lore", "modifier": 2}],
                 "domain_cards": [
                   {"card_id": "bone-untouchable", "name": "Untouchable", "domain": "bone", "level": 1,
                    "recall_cost": 1, "type": "ability"},
                   {"card_id": "sage-gifted-tracker", "name": "Gifted Tracker", "domain": "sage", "level": 1,
                    "recall_cost": 0, "type": "ability"}],
                 "description": "Tall, quiet, a cloak of moss", "background": "Raised by the wardens",
                 "connections": "Owes Marlowe a life debt"}"""), 200).json();
        assertThat(sheet.at("/creation/complete").asBoolean()).as(sheet.toString()).isTrue();
        assertThat(strings(sheet.at("/creation/missing_steps"))).isEmpty();
        assertNumbers(sheet, 6, 6, 2, 6, 12, 1, 3, 7, 14);

        // Marlowe: a Guardian in Chainmail, in two calls; the session waits for the last step
        ok(sam.post(dh + "/characters", """
                {"character_id": "%s", "character_class": "guardian", "subclass": "stalwart"}""".formatted(marlowe)),
                201);
        ok(sam.patch(dh + "/characters/" + marlowe + "/profile", """
                {"heritage": {"ancestry": "orc", "community": "ridgeborne"},
                 "traits": {"agility": 0, "strength": 2, "finesse": 0, "instinct": 1, "presence": 1,
                            "knowledge": -1},
                 "equipment": {"armor": {"preset": "chainmail"}, "primary_weapon": "Longsword"},
                 "experiences": [{"name": "Shieldwall", "modifier": 2}, {"name": "Blacksmith", "modifier": 2}],
                 "domain_cards": [
                   {"card_id": "valor-i-am-your-shield", "name": "I Am Your Shield", "domain": "valor", "level": 1,
                    "recall_cost": 1, "type": "ability"},
                   {"card_id": "blade-get-back-up", "name": "Get Back Up", "domain": "blade", "level": 1,
                    "recall_cost": 1, "type": "ability"}],
                 "description": "Broad, scarred, patient", "background": "A smith's apprentice"}"""), 200);
        // the Ferryman: a Warrior in a Gambeson, the GM's NPC
        ok(gm.post(dh + "/characters", """
                {"character_id": "%s", "character_class": "warrior", "subclass": "call_of_the_brave"}"""
                .formatted(ferryman)), 201);
        JsonNode ferrymanSheet = ok(gm.patch(dh + "/characters/" + ferryman + "/profile", """
                {"heritage": {"ancestry": "ribbet", "community": "seaborne"},
                 "traits": {"agility": 1, "strength": 2, "finesse": 1, "instinct": 0, "presence": 0,
                            "knowledge": -1},
                 "equipment": {"armor": {"preset": "gambeson"}, "primary_weapon": "Boathook"},
                 "experiences": [{"name": "River lore", "modifier": 2}, {"name": "Haggling", "modifier": 2}],
                 "domain_cards": [
                   {"card_id": "blade-whirlwind", "name": "Whirlwind", "domain": "blade", "level": 1,
                    "recall_cost": 0, "type": "ability"},
                   {"card_id": "bone-i-see-it-coming", "name": "I See It Coming", "domain": "bone", "level": 1,
                    "recall_cost": 1, "type": "ability"}],
                 "description": "Webbed hands on the pole", "background": "Has crossed the river for a century",
                 "connections": "Owes Sable a favour"}"""), 200).json();
        // SRD Classes table, Warrior: Evasion 11, HP 6; Armor Tables, Gambeson: 5/11 + level 1 = 6/12, score 3,
        // +1 Evasion = 12
        assertNumbers(ferrymanSheet, 6, 6, 2, 6, 12, 1, 3, 6, 12);

        long beforeRefusedStart = journal.size();
        JsonNode notReady = assertProblem(gm.post(base + "/sessions", "{\"name\": \"The ford\"}"), 409,
                "SESSION_READINESS_CHARACTER_NOT_READY");
        assertThat(notReady.at("/blockers").valueStream().map(b -> tuple(b.at("/code").asString(),
                b.at("/character_id").asString()))).containsExactly(
                tuple("SESSION_READINESS_CHARACTER_NOT_READY", marlowe),
                tuple("DAGGERHEART_CHARACTER_CREATION_INCOMPLETE", marlowe));
        assertThat(journal.size()).isEqualTo(beforeRefusedStart);
        JsonNode marloweSheet = ok(sam.patch(dh + "/characters/" + marlowe + "/profile", """
                {"connections": "Sable's shield since the flood"}"""), 200).json();
        assertThat(marloweSheet.at("/creation/complete").asBoolean()).isTrue();
        // SRD Classes table, Guardian: Evasion 9, HP 7; Armor Tables, Chainmail: 7/15 + level 1 = 8/16, score 4,
        // -1 Evasion = 8
        assertNumbers(marloweSheet, 7, 6, 2, 6, 8, 1, 4, 8, 16);

        // the optional massive damage rule, chosen between sessions (SRD: off unless the table uses it)
        JsonNode settings = ok(gm.put(dh + "/settings", "{\"massive_damage\": true}"), 200).json();
        assertThat(settings.at("/massive_damage").asBoolean()).isTrue();

        // --- the first session seeds the GM's Fear: 1 per PC (SRD Hope and Fear: "1 per PC"); the NPC does not count
        String s = ok(gm.post(base + "/sessions", "{\"name\": \"The ford\"}"), 201).at("/session_id");
        String session = base + "/sessions/" + s;
        String rolls = dh + "/sessions/" + s + "/action-rolls";
        long firstSessionSeq = lastTimelineSeq(gm, base) - 2; // session.started, campaign.activated, Fear seeded
        assertThat(fear(gm, dh)).isEqualTo(2);
        assertProblem(gm.put(dh + "/settings", "{\"massive_damage\": false}"), 409, "SESSION_ACTIVE");

        // --- 1. Sable: Agility + the Experience Tracker against Difficulty 12, Hope 9 / Fear 4
        JsonNode roll1 = ok(riley.post(rolls, """
                {"character_id": "%s", "trait": "agility", "experiences": ["Tracker"], "difficulty": 12,
                 "physical_results": [9, 4]}""".formatted(sable)), 201).json();
        // SRD Action rolls: total = Hope d12 + Fear d12 + trait + Experiences = 9 + 4 + 2 + 2 = 17 >= 12, Hope die
        // higher: success with Hope; an Experience costs 1 Hope and adds its +2 (Hope 2 -> 1)
        assertThat(roll1.at("/roll_seq").asLong()).isEqualTo(1);
        assertThat(roll1.at("/mode").asString()).isEqualTo("physical");
        assertThat(roll1.at("/trait_score").asInt()).isEqualTo(2);
        assertThat(roll1.at("/experience_bonus").asInt()).isEqualTo(2);
        assertThat(roll1.at("/hope_spent").asInt()).isEqualTo(1);
        assertThat(roll1.at("/hope").asInt()).isEqualTo(1);
        assertThat(roll1.at("/total").asInt()).isEqualTo(17);
        assertThat(roll1.at("/result").asString()).isEqualTo("success_with_hope");
        // SRD result table, success with Hope: +1 Hope, no Fear, no GM move, the spotlight stays
        assertThat(roll1.at("/hope_gained").asInt()).isEqualTo(1);
        assertThat(roll1.at("/fear_gained").asInt()).isZero();
        assertThat(roll1.at("/gm_move").asString()).isEqualTo("none");
        assertThat(roll1.at("/spotlight_to_gm").asBoolean()).isFalse();
        assertThat(state(gm, dh, sable).at("/hope").asInt()).isEqualTo(1);

        Api.Response outcome1 = gm.post(rolls + "/1/outcome", "", Map.of("Idempotency-Key", "outcome-roll-1"));
        JsonNode applied1 = ok(outcome1, 200).json();
        assertThat(applied1.at("/result").asString()).isEqualTo("success_with_hope");
        assertThat(applied1.at("/hope_gained").asInt()).isEqualTo(1);
        assertThat(applied1.at("/fear_gained").asInt()).isZero();
        assertThat(applied1.at("/consequence_gate_id").isNull()).as(applied1.toString()).isTrue();
        assertThat(state(gm, dh, sable).at("/hope").asInt()).as("1 + 1 Hope").isEqualTo(2);
        assertThat(fear(gm, dh)).isEqualTo(2);
        // a retry with the same key answers the first result; another apply is refused and writes nothing
        Api.Response replay = gm.post(rolls + "/1/outcome", "", Map.of("Idempotency-Key", "outcome-roll-1"));
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.json()).isEqualTo(applied1);
        long beforeSecondApply = journal.size();
        assertProblem(gm.post(rolls + "/1/outcome", "", Map.of("Idempotency-Key", "outcome-roll-1-again")), 409,
                "DAGGERHEART_ROLL_OUTCOME_ALREADY_APPLIED", "roll_seq");
        assertThat(journal.size()).isEqualTo(beforeSecondApply);
        assertThat(state(gm, dh, sable).at("/hope").asInt()).isEqualTo(2);

        // --- 2. Marlowe: Strength against Difficulty 15, Hope 3 / Fear 10
        JsonNode roll2 = ok(sam.post(rolls, """
                {"character_id": "%s", "trait": "strength", "difficulty": 15, "physical_results": [3, 10]}"""
                .formatted(marlowe)), 201).json();
        // SRD Action rolls: 3 + 10 + 2 = 15 >= 15, Fear die higher: success with Fear: GM +1 Fear and a minor move;
        // the spotlight goes to the GM after a roll with Fear (SRD Spotlight)
        assertThat(roll2.at("/roll_seq").asLong()).isEqualTo(2);
        assertThat(roll2.at("/total").asInt()).isEqualTo(15);
        assertThat(roll2.at("/result").asString()).isEqualTo("success_with_fear");
        assertThat(roll2.at("/hope_gained").asInt()).isZero();
        assertThat(roll2.at("/fear_gained").asInt()).isEqualTo(1);
        assertThat(roll2.at("/gm_move").asString()).isEqualTo("minor");
        assertThat(roll2.at("/spotlight_to_gm").asBoolean()).isTrue();
        JsonNode applied2 = ok(gm.post(rolls + "/2/outcome", "", Map.of("Idempotency-Key", "outcome-roll-2")),
                200).json();
        assertThat(applied2.at("/fear_gained").asInt()).isEqualTo(1);
        assertThat(applied2.at("/fear_lost").asInt()).isZero();
        assertThat(applied2.at("/hope_gained").asInt()).isZero();
        assertThat(applied2.at("/spotlight_to_gm").asBoolean()).isTrue();
        String consequence = applied2.at("/consequence_gate_id").asString();
        assertThat(fear(gm, dh)).as("2 + 1 Fear").isEqualTo(3);
        assertThat(state(gm, dh, marlowe).at("/hope").asInt()).as("no Hope with Fear").isEqualTo(2);
        // the GM has the spotlight and a consequence to decide: play waits for it
        JsonNode afterFear = ok(gm.get(session), 200).json();
        assertThat(afterFear.at("/spotlight/type").asString()).isEqualTo("gm");
        JsonNode gate = ok(gm.get(session + "/gates/" + consequence), 200).json();
        assertThat(gate.at("/gate_type").asString()).isEqualTo("gm_consequence");
        assertThat(gate.at("/status").asString()).isEqualTo("open");
        assertThat(strings(gate.at("/eligible_participant_ids"))).containsExactly(gmId);
        assertProblem(riley.post(rolls, """
                {"character_id": "%s", "trait": "agility", "physical_results": [5, 6]}""".formatted(sable)), 409,
                "SESSION_GATE_OPEN");
        JsonNode resolved = ok(gm.post(session + "/gates/" + consequence + "/resolve", """
                {"decision": "minor_move", "resolution": "The current drags Marlowe's shield downstream"}"""), 200)
                .json();
        assertThat(resolved.at("/status").asString()).isEqualTo("resolved");

        // --- the GM's turn: 1 Fear for an adversary's Fear feature (SRD Using Fear: 1 each)
        assertThat(ok(gm.post(dh + "/gm-fear/spend", """
                {"amount": 1, "reason": "fear_feature"}"""), 200).json().at("/gm_fear").asInt()).isEqualTo(2);

        // --- 3. damage to one character: 9 physical against Sable's 7/14, with an Armor Slot
        JsonNode hit = ok(gm.post(dh + "/characters/" + sable + "/damage", """
                {"amount": 9, "damage_types": ["physical"], "mark_armor_slot": true, "source": "bear_claws"}"""), 200)
                .json();
        // SRD Damage thresholds: 9 >= Major 7 and < Severe 14 marks 2 HP; an Armor Slot lowers it one band: Minor, 1 HP
        assertDamage(hit, sable, 9, 9, "major", "minor", 1, 1, "used");
        assertTracks(hit.at("/state"), 1, 6, 0, 6, 2, 1, 3, "alive");

        // --- 4. one damage to three characters at once: 13 physical, each against its own thresholds and slots
        JsonNode area = ok(gm.post(dh + "/damage", """
                {"targets": [{"character_id": "%s", "mark_armor_slot": true},
                             {"character_id": "%s", "mark_armor_slot": false},
                             {"character_id": "%s", "mark_armor_slot": true}],
                 "amount": 13, "damage_types": ["physical"], "source": "troll_sweep"}"""
                .formatted(sable, marlowe, ferryman)), 200).json();
        List<JsonNode> hits = area.at("/items").valueStream().toList();
        assertThat(hits).extracting(h -> h.at("/character_id").asString()).containsExactly(sable, marlowe, ferryman);
        // Sable 7/14: 13 is Major (2 HP), an Armor Slot makes it Minor: 1 HP, her second slot of 3
        assertDamage(hits.get(0), sable, 13, 13, "major", "minor", 1, 1, "used");
        assertTracks(hits.get(0).at("/state"), 2, 6, 0, 6, 2, 2, 3, "alive");
        // Marlowe 8/16: 13 is Major, no slot marked: 2 HP
        assertDamage(hits.get(1), marlowe, 13, 13, "major", "major", 2, 0, "not_requested");
        assertTracks(hits.get(1).at("/state"), 2, 7, 0, 6, 2, 0, 4, "alive");
        // the Ferryman 6/12: 13 is Severe (3 HP), an Armor Slot makes it Major: 2 HP
        assertDamage(hits.get(2), ferryman, 13, 13, "severe", "major", 2, 1, "used");
        assertTracks(hits.get(2).at("/state"), 2, 6, 0, 6, 2, 1, 3, "alive");

        // --- 5. resistance: 17 magic against Marlowe, who resists magic now
        JsonNode resisted = ok(gm.post(dh + "/characters/" + marlowe + "/damage", """
                {"amount": 17, "damage_types": ["magic"], "resistances": ["magic"], "source": "hex"}"""), 200).json();
        // SRD Damage types: resistance halves, rounded up: 17 -> 9; against 8/16 that is Major: 2 HP (17 unresisted
        // would have been Severe, 3 HP)
        assertDamage(resisted, marlowe, 17, 9, "major", "major", 2, 0, "not_requested");
        assertThat(resisted.at("/resisted").asBoolean()).isTrue();
        assertTracks(resisted.at("/state"), 4, 7, 0, 6, 2, 0, 4, "alive");

        // --- 6. massive damage: 24 direct physical against the Ferryman (Severe 12)
        JsonNode massive = ok(gm.post(dh + "/characters/" + ferryman + "/damage", """
                {"amount": 24, "damage_types": ["physical"], "direct": true, "mark_armor_slot": true,
                 "source": "falling_mast"}"""), 200).json();
        // SRD Massive Damage (optional rule, on here): 24 >= 2 × Severe 12 marks 4 HP; direct damage can't be reduced
        // by an Armor Slot; 2 + 4 = 6 of 6 HP: the last HP, the character falls (SRD Death moves)
        assertDamage(massive, ferryman, 24, 24, "massive", "massive", 4, 0, "direct_damage");
        assertThat(massive.at("/massive").asBoolean()).isTrue();
        assertThat(massive.at("/direct").asBoolean()).isTrue();
        assertThat(massive.at("/last_hp_marked").asBoolean()).isTrue();
        assertTracks(massive.at("/state"), 6, 6, 0, 6, 2, 1, 3, "fallen");
        assertProblem(gm.post(rolls, """
                {"character_id": "%s", "trait": "strength", "physical_results": [8, 2]}""".formatted(ferryman)), 409,
                "DAGGERHEART_CHARACTER_CANNOT_ACT");

        // --- 7. Stress: Marlowe marks 5, then the last one, then one that can't be marked
        JsonNode stress = ok(sam.post(dh + "/characters/" + marlowe + "/stress/spend", """
                {"amount": 5, "reason": "i_am_your_shield"}"""), 200).json();
        assertTracks(stress, 4, 7, 5, 6, 2, 0, 4, "alive");
        assertThat(strings(stress.at("/conditions"))).isEmpty();
        stress = ok(sam.post(dh + "/characters/" + marlowe + "/stress/spend", """
                {"amount": 1, "reason": "feature_cost"}"""), 200).json();
        // SRD Stress: marking your last Stress makes you Vulnerable
        assertTracks(stress, 4, 7, 6, 6, 2, 0, 4, "alive");
        assertThat(strings(stress.at("/conditions"))).containsExactly("vulnerable");
        stress = ok(sam.post(dh + "/characters/" + marlowe + "/stress/spend", """
                {"amount": 1, "reason": "gm_move"}"""), 200).json();
        // SRD Stress: must mark Stress but can't: mark 1 HP instead
        assertTracks(stress, 5, 7, 6, 6, 2, 0, 4, "alive");

        // --- 8. conditions
        JsonNode hidden = ok(riley.put(dh + "/characters/" + sable + "/conditions", """
                {"conditions": ["hidden"], "added": ["hidden"], "removed": [], "source": "undergrowth"}"""), 200)
                .json();
        assertThat(strings(hidden.at("/conditions"))).containsExactly("hidden");
        long beforeBadConditions = journal.size();
        assertProblem(riley.put(dh + "/characters/" + sable + "/conditions", """
                {"conditions": ["hidden", "restrained"], "added": ["hidden"]}"""), 400,
                "DAGGERHEART_CONDITION_DIFF_MISMATCH", "added");
        // SRD Conditions: the same condition can't be applied twice to one target
        assertProblem(riley.put(dh + "/characters/" + sable + "/conditions", """
                {"conditions": ["hidden", "hidden"]}"""), 400, "DAGGERHEART_CONDITION_DUPLICATE", "conditions");
        assertProblem(riley.put(dh + "/characters/" + sable + "/conditions", """
                {"conditions": ["hidden"]}"""), 422, "DAGGERHEART_CONDITION_UNCHANGED");
        assertThat(journal.size()).isEqualTo(beforeBadConditions);
        JsonNode restrained = ok(gm.put(dh + "/characters/" + marlowe + "/conditions", """
                {"conditions": ["vulnerable", "restrained"], "added": ["restrained"], "removed": [],
                 "source": "vines"}"""), 200).json();
        assertThat(strings(restrained.at("/conditions"))).containsExactlyInAnyOrder("vulnerable", "restrained");

        // --- 9. Marlowe's critical: Instinct against Difficulty 20, Hope 7 / Fear 7
        JsonNode roll3 = ok(sam.post(rolls, """
                {"character_id": "%s", "trait": "instinct", "difficulty": 20, "physical_results": [7, 7]}"""
                .formatted(marlowe)), 201).json();
        // SRD Action rolls: matching dice are a Critical Success whatever the total (7 + 7 + 1 = 15 < 20): +1 Hope and
        // clear 1 Stress, no Fear
        // refused rolls (the open gate, the fallen Ferryman) took no number
        assertThat(roll3.at("/roll_seq").asLong()).isEqualTo(3);
        assertThat(roll3.at("/total").asInt()).isEqualTo(15);
        assertThat(roll3.at("/result").asString()).isEqualTo("critical_success");
        assertThat(roll3.at("/hope_gained").asInt()).isEqualTo(1);
        assertThat(roll3.at("/stress_cleared").asInt()).isEqualTo(1);
        assertThat(roll3.at("/fear_gained").asInt()).isZero();
        JsonNode applied3 = ok(gm.post(rolls + "/3/outcome", "", Map.of("Idempotency-Key", "outcome-roll-3")),
                200).json();
        assertThat(applied3.at("/hope_gained").asInt()).isEqualTo(1);
        assertThat(applied3.at("/stress_cleared").asInt()).isEqualTo(1);
        assertThat(applied3.at("/consequence_gate_id").isNull()).isTrue();
        JsonNode marloweNow = state(gm, dh, marlowe);
        // Hope 2 + 1 = 3; Stress 6 - 1 = 5: Vulnerable ends once a Stress is cleared (SRD Stress)
        assertTracks(marloweNow, 5, 7, 5, 6, 3, 0, 4, "alive");
        assertThat(strings(marloweNow.at("/conditions"))).containsExactly("restrained");
        assertThat(fear(gm, dh)).isEqualTo(2);

        // --- the party at a glance
        List<JsonNode> party = ok(sam.get(dh + "/characters"), 200).json().at("/items").valueStream().toList();
        assertThat(party).hasSize(3);
        JsonNode sableRow = partyRow(party, sable);
        assertTracks(sableRow.at("/state"), 2, 6, 0, 6, 2, 2, 3, "alive");
        assertThat(strings(sableRow.at("/state/conditions"))).containsExactly("hidden");
        assertTracks(partyRow(party, marlowe).at("/state"), 5, 7, 5, 6, 3, 0, 4, "alive");
        assertTracks(partyRow(party, ferryman).at("/state"), 6, 6, 0, 6, 2, 1, 3, "fallen");

        // --- the session's Duality rolls, each applied once
        List<JsonNode> rollList = ok(riley.get(rolls), 200).json().at("/items").valueStream().toList();
        assertThat(rollList).extracting(r -> tuple(r.at("/roll_seq").asLong(), r.at("/character_id").asString(),
                        r.at("/result").asString(), r.at("/total").asInt(), r.at("/outcome_applied").asBoolean()))
                .containsExactly(
                        tuple(1L, sable, "success_with_hope", 17, true),
                        tuple(2L, marlowe, "success_with_fear", 15, true),
                        tuple(3L, marlowe, "critical_success", 15, true));
        assertThat(ok(riley.get(rolls + "/2"), 200).json().at("/fear_gained").asInt()).isEqualTo(1);

        // --- the timeline: the round's events in order, from the session's start
        List<String> timeline = new ArrayList<>();
        ok(gm.get(base + "/timeline?after_seq=" + (firstSessionSeq - 1) + "&limit=200"), 200).json()
                .at("/items").forEach(e -> timeline.add(e.at("/event_type").asString()));
        assertThat(timeline).containsExactly(
                "session.started", "campaign.activated", "sys.daggerheart.gm_fear_changed",
                // 1. Sable's roll, its outcome
                "action.roll_resolved", "sys.daggerheart.action_roll_resolved",
                "sys.daggerheart.character_state_patched", "sys.daggerheart.roll_outcome_applied",
                "action.outcome_applied",
                // 2. Marlowe's roll with Fear, its outcome: Fear, the consequence gate, the spotlight; the GM's ruling
                "action.roll_resolved", "sys.daggerheart.action_roll_resolved",
                "sys.daggerheart.gm_fear_changed", "sys.daggerheart.roll_outcome_applied", "action.outcome_applied",
                "session.gate_opened", "session.spotlight_set", "session.gate_resolved",
                "sys.daggerheart.gm_fear_changed",
                // 3.-6. damage: one, three at once, resisted, massive
                "sys.daggerheart.damage_applied",
                "sys.daggerheart.damage_applied", "sys.daggerheart.damage_applied", "sys.daggerheart.damage_applied",
                "sys.daggerheart.damage_applied", "sys.daggerheart.damage_applied",
                // 7. Stress; 8. conditions
                "sys.daggerheart.character_state_patched", "sys.daggerheart.character_state_patched",
                "sys.daggerheart.character_state_patched",
                "sys.daggerheart.condition_changed", "sys.daggerheart.condition_changed",
                // 9. the critical and its outcome
                "action.roll_resolved", "sys.daggerheart.action_roll_resolved",
                "sys.daggerheart.character_state_patched", "sys.daggerheart.roll_outcome_applied",
                "action.outcome_applied");

        // --- the journal: each sheet's own stream holds its damage, in order
        assertThat(journal.payloads(sheetStream(c, sable), "sys.daggerheart.damage_applied"))
                .extracting(p -> tuple(p.at("/amount").asInt(), p.at("/hp_marks").asInt(), p.at("/hp_marked").asInt()))
                .containsExactly(tuple(9, 1, 1), tuple(13, 1, 2));
        assertThat(journal.payloads(sheetStream(c, marlowe), "sys.daggerheart.damage_applied"))
                .extracting(p -> tuple(p.at("/amount").asInt(), p.at("/hp_marks").asInt(), p.at("/hp_marked").asInt()))
                .containsExactly(tuple(13, 2, 2), tuple(17, 2, 4));
        assertThat(journal.payloads(sheetStream(c, ferryman), "sys.daggerheart.damage_applied"))
                .extracting(p -> tuple(p.at("/amount").asInt(), p.at("/hp_marks").asInt(), p.at("/hp_marked").asInt()))
                .containsExactly(tuple(13, 2, 2), tuple(24, 4, 6));
        assertThat(journal.types(sheetStream(c, marlowe))).containsSubsequence(
                "sys.daggerheart.character_created", "sys.daggerheart.character_profile_updated",
                "sys.daggerheart.action_roll_resolved", "sys.daggerheart.roll_outcome_applied",
                "sys.daggerheart.damage_applied", "sys.daggerheart.damage_applied",
                "sys.daggerheart.character_state_patched", "sys.daggerheart.action_roll_resolved",
                "sys.daggerheart.character_state_patched", "sys.daggerheart.roll_outcome_applied");
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** HP and Stress slots, Hope and its maximum, Evasion, Proficiency, Armor Score and the Major/Severe thresholds. */
    private static void assertNumbers(JsonNode sheet, int hpMax, int stressMax, int hope, int hopeMax, int evasion,
                                      int proficiency, int armorScore, int major, int severe) {
        assertThat(List.of(sheet.at("/hp_max").asInt(), sheet.at("/stress_max").asInt(),
                sheet.at("/state/hope").asInt(), sheet.at("/hope_max").asInt(), sheet.at("/evasion").asInt(),
                sheet.at("/proficiency").asInt(), sheet.at("/armor_score").asInt(),
                sheet.at("/thresholds/major").asInt(), sheet.at("/thresholds/severe").asInt()))
                .as("hp_max, stress_max, hope, hope_max, evasion, proficiency, armor_score, major, severe in " + sheet)
                .containsExactly(hpMax, stressMax, hope, hopeMax, evasion, proficiency, armorScore, major, severe);
    }

    /** A character's tracks: HP marked of max, Stress marked of max, Hope, Armor Slots marked of score, life state. */
    private static void assertTracks(JsonNode state, int hpMarked, int hpMax, int stressMarked, int stressMax,
                                     int hope, int armorMarked, int armorScore, String lifeState) {
        assertThat(List.of(state.at("/hp_marked").asInt(), state.at("/hp_max").asInt(),
                state.at("/stress_marked").asInt(), state.at("/stress_max").asInt(), state.at("/hope").asInt(),
                state.at("/armor_marked").asInt(), state.at("/armor_score").asInt()))
                .as("hp_marked, hp_max, stress_marked, stress_max, hope, armor_marked, armor_score in " + state)
                .containsExactly(hpMarked, hpMax, stressMarked, stressMax, hope, armorMarked, armorScore);
        assertThat(state.at("/life_state").asString()).as(state.toString()).isEqualTo(lifeState);
    }

    /** What one damage did: the amount dealt and after mitigation, the band before and after armor, HP, the slot. */
    private static void assertDamage(JsonNode damage, String characterId, int amount, int mitigated,
                                     String severityBeforeArmor, String severity, int hpMarks, int armorSpent,
                                     String armorSlotUse) {
        assertThat(List.of(damage.at("/character_id").asString(), damage.at("/amount").asInt(),
                damage.at("/mitigated_amount").asInt(), damage.at("/severity_before_armor").asString(),
                damage.at("/severity").asString(), damage.at("/hp_marks").asInt(), damage.at("/armor_spent").asInt(),
                damage.at("/armor_slot_use").asString()))
                .as("character_id, amount, mitigated_amount, severity_before_armor, severity, hp_marks, armor_spent, "
                        + "armor_slot_use in " + damage)
                .containsExactly(characterId, amount, mitigated, severityBeforeArmor, severity, hpMarks, armorSpent,
                        armorSlotUse);
    }

    private static JsonNode state(Api api, String dh, String characterId) {
        return ok(api.get(dh + "/characters/" + characterId + "/state"), 200).json();
    }

    private static int fear(Api api, String dh) {
        return ok(api.get(dh + "/gm-fear"), 200).json().at("/gm_fear").asInt();
    }

    private static JsonNode partyRow(List<JsonNode> party, String characterId) {
        return party.stream().filter(row -> row.at("/character_id").asString().equals(characterId)).findFirst()
                .orElseThrow(() -> new AssertionError("no sheet of " + characterId + " in the party list"));
    }

    private static long lastTimelineSeq(Api api, String base) {
        List<JsonNode> items = ok(api.get(base + "/timeline?limit=200"), 200).json().at("/items").valueStream()
                .toList();
        return items.get(items.size() - 1).at("/seq").asLong();
    }

    private static String sheetStream(String campaignId, String characterId) {
        return DaggerheartCharacterId.of(CampaignId.of(campaignId), CharacterId.of(characterId)).value();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
