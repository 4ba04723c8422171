package dev.duality.app.docs;

import dev.duality.app.support.DualityIntegrationTest;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.List;

import static dev.duality.app.docs.CurlWalkthrough.define;
import static dev.duality.app.docs.CurlWalkthrough.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * docs/api.md's "A whole Daggerheart session with curl", run over HTTP exactly as written and held to the answers it
 * shows ({@link CurlWalkthrough}): characters made, countdowns prepared, an ambush fought with the table's dice, a
 * death move, a short and a long rest, the session's end and a level-up between sessions. Then the numbers the doc
 * explains are checked one by one, each typed in from SRD 1.0 (the comment names the rule), never computed by the code
 * under test.
 */
@DualityIntegrationTest
public class DaggerheartSessionWalkthroughIT {
    public static final String SECTION = "## A whole Daggerheart session with curl";

    /** The walkthrough, in the doc's order. */
    public static final List<CurlWalkthrough.Step> STEPS = List.of(
            // 1. the campaign and two players
            request(null, "POST", "$API/campaigns", """
                    {"name": "The Hollow Road", "owner_name": "Morgan",
                      "game_system": {"id": "daggerheart", "version": "1.0.0"}}""")
                    .expect(201).keep("C", "/campaign_id").keep("GM", "/access_token"),
            define("DH", "$API/campaigns/$C/daggerheart"),
            request("GM", "POST", "$API/campaigns/$C/invites", """
                    {"role": "player"}""").expect(201).keep("CODE", "/code"),
            request(null, "POST", "$API/campaigns/$C/invites/claim", """
                    {"code": "$CODE", "name": "Riley"}""").expect(201).keep("RILEY_ID", "/participant_id")
                    .keep("RILEY", "/access_token"),
            request("GM", "POST", "$API/campaigns/$C/invites", """
                    {"role": "player"}""").expect(201).keep("CODE", "/code"),
            request(null, "POST", "$API/campaigns/$C/invites/claim", """
                    {"code": "$CODE", "name": "Sam"}""").expect(201).keep("SAM_ID", "/participant_id")
                    .keep("SAM", "/access_token"),
            // 2. characters and their sheets
            request("RILEY", "POST", "$API/campaigns/$C/characters", """
                    {"name": "Sable", "kind": "pc", "owner_participant_id": "$RILEY_ID"}""").expect(201)
                    .keep("SABLE", "/character_id"),
            request("SAM", "POST", "$API/campaigns/$C/characters", """
                    {"name": "Marlowe", "kind": "pc", "owner_participant_id": "$SAM_ID"}""").expect(201)
                    .keep("MARLOWE", "/character_id"),
            request("RILEY", "POST", "$DH/characters", """
                    {"character_id": "$SABLE", "character_class": "ranger",
                      "subclass": "wayfinder"}""").expect(201),
            request("SAM", "POST", "$DH/characters", """
                    {"character_id": "$MARLOWE", "character_class": "guardian",
                      "subclass": "stalwart"}""").expect(201),
            // 3. the rest of character creation
            request("RILEY", "PATCH", "$DH/characters/$SABLE/profile", """
                    {
                      "heritage": {"ancestry": "katari", "community": "wildborne"},
                      "traits": {"agility": 2, "strength": -1, "finesse": 1, "instinct": 1, "presence": 0,
                        "knowledge": 0},
                      "equipment": {"armor": {"preset": "leather"}, "primary_weapon": "Shortbow"},
                      "experiences": [{"name": "Sharpshooter", "modifier": 2}, {"name": "Forest lore", "modifier": 2}],
                      "domain_cards": [{"card_id": "bone-deft-maneuvers", "name": "Deft Maneuvers", "domain": "bone",
                        "level": 1, "recall_cost": 0, "type": "ability"}, {"card_id": "sage-vicious-entangle",
                        "name": "Vicious Entangle", "domain": "sage", "level": 1, "recall_cost": 1, "type": "spell"}],
                      "description": "Striped fur, a quiver of grey fletching",
                        "background": "Scout for the road wardens",
                      "connections": "Marlowe carried her out of the last ambush"}""").expect(200)
                    .named("sable ready"),
            request("SAM", "PATCH", "$DH/characters/$MARLOWE/profile", """
                    {
                      "heritage": {"ancestry": "human", "community": "ridgeborne"},
                      "traits": {"agility": 1, "strength": 2, "finesse": -1, "instinct": 0, "presence": 1,
                        "knowledge": 0},
                      "equipment": {"armor": {"preset": "chainmail"}, "primary_weapon": "Battleaxe"},
                      "experiences": [{"name": "Bodyguard", "modifier": 2}, {"name": "Blacksmith", "modifier": 2}],
                      "domain_cards": [{"card_id": "valor-i-am-your-shield", "name": "I Am Your Shield",
                        "domain": "valor",
                        "level": 1, "recall_cost": 1, "type": "ability"}, {"card_id": "blade-whirlwind",
                        "name": "Whirlwind", "domain": "blade", "level": 1, "recall_cost": 0, "type": "ability"}],
                      "description": "Broad, soot on his knuckles", "background": "Forged blades for the caravans",
                      "connections": "Sworn to see Sable home"}""").expect(200).named("marlowe ready"),
            // 4. the GM's countdowns, prepared before the session
            request("GM", "POST", "$DH/countdowns", """
                    {"countdown_id": "signal", "name": "The lookout lights the signal fire",
                      "tone": "consequence", "policy": "action_dynamic", "starting_value": 4,
                        "visible_to_players": true}""")
                    .expect(201).named("signal"),
            request("GM", "POST", "$DH/countdowns", """
                    {"countdown_id": "blight", "name": "The blight reaches Thornfield",
                      "tone": "consequence", "policy": "long_term", "starting_value": 6}""").expect(201),
            request("GM", "POST", "$DH/countdowns", """
                    {"countdown_id": "bell", "name": "Recast the chapel bell",
                      "tone": "progress", "policy": "manual", "starting_value": 3, "visible_to_players": true}""")
                    .expect(201),
            // 5. the session
            request("GM", "POST", "$API/campaigns/$C/sessions", """
                    {"name": "The Hollow Road"}""").expect(201).keep("S", "/session_id"),
            request("GM", "GET", "$DH/gm-fear", null).expect(200).named("seeded fear"),
            define("ROLLS", "$DH/sessions/$S/action-rolls"),
            define("ADV", "$DH/sessions/$S/adversaries"),
            // 6. the ambush
            define("LACKEY", """
                    {"name": "Jagged Knife Lackey", "tier": 1, "type": "minion", "difficulty": 9, "hp_max": 1,
                      "stress_max": 1, "attack_modifier": -2, "minion_value": 3, "standard_attack": {"name": "Daggers",
                      "range": "melee", "damage": {"bonus": 2}, "damage_types": ["physical"]}}""").quoted(),
            request("GM", "POST", "$ADV", "$LACKEY").expect(201).keep("LACKEY_A", "/adversary_id"),
            request("GM", "POST", "$ADV", "$LACKEY").expect(201).keep("LACKEY_B", "/adversary_id"),
            request("GM", "POST", "$ADV", "$LACKEY").expect(201).keep("LACKEY_C", "/adversary_id"),
            request("GM", "POST", "$ADV", """
                    {"name": "Jagged Knife Bandit", "tier": 1, "type": "standard",
                      "difficulty": 12, "thresholds": {"major": 8, "severe": 14}, "hp_max": 5, "stress_max": 3,
                        "attack_modifier": 1,
                      "standard_attack": {"name": "Daggers", "range": "melee", "damage": {"count": 1, "sides": 8,
                        "bonus": 1},
                      "damage_types": ["physical"]}}""").expect(201).keep("BANDIT", "/adversary_id"),
            // 7. the GM seizes the spotlight; the Bandit hits Marlowe, a Lackey hits Sable
            request("GM", "POST", "$DH/gm-fear/spend", """
                    {"amount": 2, "reason": "ambush"}""").expect(200).named("ambush fear"),
            request("GM", "POST", "$ADV/$BANDIT/attacks", """
                    {"targets": [{"character_id": "$MARLOWE"}],
                      "physical_results": [14, 7]}""").expect(201).named("bandit attack"),
            request("SAM", "POST", "$DH/characters/$MARLOWE/damage", """
                    {"attack_roll_seq": 1, "mark_armor_slot": true}""").expect(200).named("marlowe hit"),
            request("GM", "POST", "$ADV/$LACKEY_A/attacks", """
                    {"targets": [{"character_id": "$SABLE"}],
                      "physical_results": [15]}""").expect(201).named("lackey attack"),
            request("RILEY", "POST", "$DH/characters/$SABLE/damage", """
                    {"attack_roll_seq": 2}""").expect(200).named("sable stabbed"),
            // 8. Marlowe fells the minion group
            request("SAM", "POST", "$ROLLS", """
                    {"character_id": "$MARLOWE", "trait": "strength", "difficulty": 9,
                      "physical_results": [8, 3]}""").expect(201).named("roll 3"),
            request("GM", "POST", "$ADV/$LACKEY_A/damage", """
                    {"amount": 7, "damage_types": ["physical"], "source": "battleaxe",
                      "minions_in_range": ["$LACKEY_B", "$LACKEY_C"]}""").expect(200).named("minions"),
            request("GM", "POST", "$ROLLS/3/outcome", null).header("Idempotency-Key", "outcome-3").expect(200)
                    .named("outcome 3"),
            // 9. Sable shoots the Bandit, with Fear
            request("RILEY", "POST", "$ROLLS", """
                    {"character_id": "$SABLE", "trait": "agility",
                      "experiences": ["Sharpshooter"], "difficulty": 12, "physical_results": [4, 9]}""").expect(201)
                    .named("roll 4"),
            request("GM", "POST", "$ADV/$BANDIT/damage", """
                    {"amount": 8, "damage_types": ["physical"], "source": "shortbow"}""").expect(200)
                    .named("bandit shot"),
            request("GM", "POST", "$ROLLS/4/outcome", null).header("Idempotency-Key", "outcome-4").expect(200)
                    .keep("GATE", "/consequence_gate_id").named("outcome 4"),
            request("GM", "POST", "$API/campaigns/$C/sessions/$S/gates/$GATE/resolve", """
                    {"decision": "minor_move",
                      "resolution": "The Bandit lunges at Sable"}""").expect(200),
            // 10. a critical attack on Sable
            request("GM", "POST", "$ADV/$BANDIT/attacks", """
                    {"targets": [{"character_id": "$SABLE"}],
                      "physical_results": [20, 6]}""").expect(201).named("critical attack"),
            request("RILEY", "POST", "$DH/characters/$SABLE/damage", """
                    {"attack_roll_seq": 5, "mark_armor_slot": true}""").expect(200).named("sable critical"),
            // 11. a failure with Fear triggers the signal
            request("SAM", "POST", "$ROLLS", """
                    {"character_id": "$MARLOWE", "trait": "strength", "difficulty": 12,
                      "physical_results": [2, 7]}""").expect(201).named("roll 6"),
            request("GM", "POST", "$ROLLS/6/outcome", null).header("Idempotency-Key", "outcome-6").expect(200)
                    .keep("GATE", "/consequence_gate_id").named("outcome 6"),
            request("GM", "POST", "$API/campaigns/$C/sessions/$S/gates/$GATE/resolve", """
                    {"decision": "major_move",
                      "resolution": "The signal fire flares and the lookout cuts the rope of the log trap"}""")
                    .expect(200),
            // 12. the log trap: direct damage, and Sable falls
            request("GM", "POST", "$API/campaigns/$C/sessions/$S/rolls", """
                    {"label": "log_trap",
                      "dice": [{"count": 1, "sides": 20}], "modifier": 5, "physical_results": [9]}""").expect(201)
                    .named("log roll"),
            request("GM", "POST", "$DH/characters/$SABLE/damage", """
                    {"amount": 14, "damage_types": ["physical"],
                      "direct": true, "mark_armor_slot": true, "source": "log_trap", "roll_seq": 7}""").expect(200)
                    .named("logs"),
            request("GM", "POST", "$DH/countdowns/signal/resolve-trigger", null).expect(200).named("signal resolved"),
            // 13. the death move
            request("RILEY", "POST", "$DH/characters/$SABLE/death-move", """
                    {"session_id": "$S", "move": "avoid_death",
                      "physical_results": [1]}""").expect(200).named("avoid death"),
            // 14. a critical success ends the fight
            request("SAM", "POST", "$ROLLS", """
                    {"character_id": "$MARLOWE", "trait": "strength", "difficulty": 12,
                      "physical_results": [7, 7]}""").expect(201).named("roll 9"),
            request("GM", "POST", "$ADV/$BANDIT/damage", """
                    {"amount": 18, "damage_types": ["physical"], "source": "battleaxe"}""").expect(200)
                    .named("bandit down"),
            request("GM", "POST", "$ROLLS/9/outcome", null).header("Idempotency-Key", "outcome-9").expect(200)
                    .named("outcome 9"),
            // 15. a short rest
            request("GM", "POST", "$DH/sessions/$S/rests", """
                    {"type": "short", "fear_die": 3, "party": [
                      {"character_id": "$MARLOWE", "moves": [{"move": "tend_to_wounds", "target": "$SABLE", "die": 3},
                        {"move": "prepare", "together": true}]},
                      {"character_id": "$SABLE", "moves": [{"move": "prepare", "together": true},
                        {"move": "repair_armor", "die": 4}]}]}""")
                    .expect(200).named("short rest"),
            // 16. a long rest
            request("GM", "POST", "$DH/sessions/$S/rests", """
                    {"type": "long", "fear_die": 2, "long_term_countdown_id": "blight",
                      "party": [{"character_id": "$SABLE", "moves": [{"move": "tend_to_wounds"},
                        {"move": "work_on_a_project", "project": "bell"}]},
                      {"character_id": "$MARLOWE", "moves": [{"move": "tend_to_wounds"},
                        {"move": "repair_armor"}]}]}""")
                    .expect(200).named("long rest"),
            request("RILEY", "GET", "$DH/countdowns", null).expect(200).named("players' countdowns"),
            // 17. the session's end
            request("GM", "POST", "$API/campaigns/$C/sessions/$S/end", null).expect(200),
            // 18. level-ups granted between sessions
            request("GM", "POST", "$DH/characters/$SABLE/level-up/grant", null).expect(200).named("granted"),
            request("GM", "POST", "$DH/characters/$MARLOWE/level-up/grant", null).expect(200),
            request("GM", "POST", "$API/campaigns/$C/sessions", """
                    {"name": "The Drowned Chapel"}""").expect(409).named("not ready"),
            // 19. and applied by the players
            request("RILEY", "POST", "$DH/characters/$SABLE/level-up", """
                    {"new_experience": "Pathfinder",
                      "advancements": [{"option": "evasion"}, {"option": "stress_slot"}],
                      "domain_card": {"card_id": "sage-natural-familiar", "name": "Natural Familiar",
                        "domain": "sage", "level": 2,
                        "recall_cost": 1, "type": "spell"}}""").expect(200).named("sable level 2"),
            request("SAM", "POST", "$DH/characters/$MARLOWE/level-up", """
                    {"new_experience": "Shield wall",
                      "advancements": [{"option": "hp_slot"}, {"option": "traits", "traits": ["strength", "agility"]}],
                      "domain_card": {"card_id": "valor-body-basher", "name": "Body Basher", "domain": "valor",
                        "level": 2,
                        "recall_cost": 1, "type": "ability"}, "domain_card_place": "loadout"}""").expect(200)
                    .named("marlowe level 2"),
            // 20. the next session
            request("GM", "POST", "$API/campaigns/$C/sessions", """
                    {"name": "The Drowned Chapel"}""").expect(201),
            request("GM", "GET", "$DH/gm-fear", null).expect(200).named("fear carried over"));

    @LocalServerPort
    int port;

    @Test
    void theApiGuidesWholeSessionRunsAsWrittenWithEveryNumberFromTheSrd() throws IOException {
        CurlWalkthrough.Result run = CurlWalkthrough.run(port, SECTION, STEPS);
        String sable = run.var("SABLE");
        String marlowe = run.var("MARLOWE");

        // --- the sheets. Ranger: Evasion 12, 6 HP; Leather 6/13 + level 1, 3 slots. Guardian: Evasion 9, 7 HP;
        // Chainmail 7/15 + 1, 4 slots, Evasion -1; Human: 6 + 1 Stress slots
        assertThat(sheet(run.answer("sable ready"))).containsExactly(6, 6, 12, 3, 7, 14);
        assertThat(sheet(run.answer("marlowe ready"))).containsExactly(7, 7, 9 - 1, 4, 8, 16);

        // --- Fear: 1 per PC at the first session, 2 spent for the ambush (seizing the spotlight, a second adversary)
        assertThat(fear(run.answer("seeded fear"))).isEqualTo(2);
        assertThat(fear(run.answer("ambush fear"))).isEqualTo(0);

        // --- the adversaries' attacks: d20 + ATK against Evasion; Bandit 14 + 1 >= 8, 1d8+1 with a 7
        assertThat(attack(run.answer("bandit attack"))).containsExactly(1L, 15, false, 8, true, 8);
        // Lackey 15 - 2 >= 12, a flat 2
        assertThat(attack(run.answer("lackey attack"))).containsExactly(2L, 13, false, 12, true, 2);
        // a natural 20: critical, 1d8+1 with a 6 plus the d8's maximum
        assertThat(attack(run.answer("critical attack"))).containsExactly(5L, 21, true, 12, true, 6 + 1 + 8);

        // --- damage to the characters: thresholds, then an Armor Slot lowers one band (not direct damage)
        assertThat(hit(run.answer("marlowe hit"))).containsExactly("major", "minor", 1, 1, 1);
        assertThat(hit(run.answer("sable stabbed"))).containsExactly("minor", "minor", 1, 0, 1);
        assertThat(hit(run.answer("sable critical"))).containsExactly("severe", "major", 2, 1, 1 + 2);
        JsonNode logs = run.answer("logs");
        assertThat(run.answer("log roll").at("/total").asInt()).isEqualTo(9 + 5);
        assertThat(hit(logs)).containsExactly("severe", "severe", 3, 0, 6);
        assertThat(logs.at("/armor_slot_use").asString()).isEqualTo("direct_damage");
        assertThat(logs.at("/last_hp_marked").asBoolean()).isTrue();
        assertThat(logs.at("/state/life_state").asString()).isEqualTo("fallen");

        // --- the party's action rolls: Hope d12 + Fear d12 + trait (+ Experience) against the Difficulty
        assertThat(roll(run.answer("roll 3"))).containsExactly(3L, 8 + 3 + 2, "success_with_hope");
        assertThat(roll(run.answer("roll 4"))).containsExactly(4L, 4 + 9 + 2 + 2, "success_with_fear");
        assertThat(run.answer("roll 4").at("/hope").asInt()).as("Sharpshooter costs 1 Hope").isEqualTo(2 - 1);
        assertThat(roll(run.answer("roll 6"))).containsExactly(6L, 2 + 7 + 2, "failure_with_fear");
        assertThat(roll(run.answer("roll 9"))).containsExactly(9L, 7 + 7 + 2, "critical_success");

        // --- damage to the adversaries. Minion (3): 7 defeats the Lackey hit and 7 / 3 = 2 more in range
        JsonNode minions = run.answer("minions");
        assertThat(minions.at("/damage/defeated").asBoolean()).isTrue();
        assertThat(minions.at("/minions_defeated").valueStream().map(m -> tuple(m.at("/adversary_id").asString(),
                m.at("/defeated").asBoolean()))).containsExactly(tuple(run.var("LACKEY_B"), true),
                tuple(run.var("LACKEY_C"), true));
        // the Bandit, 8/14 and 5 HP: 8 is Major (2 HP); the critical 5 + 3 + 10 = 18 is Severe (3 HP), its last
        assertThat(adversaryHit(run.answer("bandit shot"))).containsExactly("major", 2, 2, false);
        assertThat(adversaryHit(run.answer("bandit down"))).containsExactly("severe", 3, 5, true);

        // --- the outcomes: Hope, Fear and the signal, a dynamic consequence countdown (SwH 0, SwF 1, FwF 3, crit 0)
        assertThat(outcome(run.answer("outcome 3"))).containsExactly(1, 0, 0);
        assertThat(advanced(run.answer("outcome 3"))).isEmpty();
        assertThat(outcome(run.answer("outcome 4"))).containsExactly(0, 0, 1);
        assertThat(advanced(run.answer("outcome 4"))).containsExactly(tuple("signal", 4, 3, 1, false));
        assertThat(outcome(run.answer("outcome 6"))).containsExactly(0, 0, 1);
        assertThat(advanced(run.answer("outcome 6"))).containsExactly(tuple("signal", 3, 0, 3, true));
        // a critical: +1 Hope; it would clear a Stress, but none is marked; the finished signal does not move
        assertThat(outcome(run.answer("outcome 9"))).containsExactly(1, 0, 0);
        assertThat(advanced(run.answer("outcome 9"))).isEmpty();
        assertThat(run.answer("outcome 9").at("/countdowns_skipped").size()).isZero();
        JsonNode signal = run.answer("signal resolved");
        assertThat(List.of(signal.at("/remaining").asInt(), signal.at("/status").asString()))
                .containsExactly(0, "finished");

        // --- Avoid Death: the Hope die 1 is at or below level 1: a scar, Hope max 6 -> 5; unconscious
        JsonNode avoid = run.answer("avoid death");
        assertThat(List.of(avoid.at("/roll_seq").asLong(), avoid.at("/hope_die").asInt(),
                avoid.at("/scar_taken").asBoolean(), avoid.at("/life_state").asString(),
                avoid.at("/state/hope_max").asInt(), avoid.at("/state/hope").asInt()))
                .containsExactly(8L, 1, true, "unconscious", 5, 1);

        // --- the short rest: Fear + 1d4 (3); recovery 1d4 + tier 1, at most what is marked; Prepare together +2
        JsonNode shortRest = run.answer("short rest");
        assertThat(List.of(shortRest.at("/fear_die").asInt(), shortRest.at("/fear_gained").asInt(),
                shortRest.at("/gm_fear").asInt(), shortRest.at("/short_rests_in_a_row").asInt()))
                .containsExactly(3, 3, 2 + 3, 1);
        assertThat(moves(shortRest)).containsExactly(
                tuple(sable, marlowe, "tend_to_wounds", 3, 3 + 1, 0),
                tuple(marlowe, marlowe, "prepare", 0, 0, 2),
                tuple(sable, sable, "prepare", 0, 0, 2),
                tuple(sable, sable, "repair_armor", 4, 1, 0));
        assertThat(party(shortRest)).containsExactly(
                tuple(marlowe, 1, 4 + 2, 1, "alive"),
                tuple(sable, 6 - 4, 1 + 2, 1 - 1, "alive"));

        // --- the long rest: Fear + 1d4 (2) + 2 PCs; recovery moves clear everything; the project and the
        // long-term countdown advance by 1
        JsonNode longRest = run.answer("long rest");
        assertThat(List.of(longRest.at("/fear_die").asInt(), longRest.at("/fear_gained").asInt(),
                longRest.at("/gm_fear").asInt(), longRest.at("/short_rests_in_a_row").asInt()))
                .containsExactly(2, 2 + 2, 5 + 4, 0);
        assertThat(moves(longRest)).containsExactly(
                tuple(sable, sable, "tend_to_wounds", 0, 2, 0),
                tuple(sable, sable, "work_on_a_project", 0, 0, 0),
                tuple(marlowe, marlowe, "tend_to_wounds", 0, 1, 0),
                tuple(marlowe, marlowe, "repair_armor", 0, 1, 0));
        assertThat(longRest.at("/countdowns").valueStream().map(c -> tuple(c.at("/countdown_id").asString(),
                c.at("/remaining").asInt(), c.at("/triggered").asBoolean())))
                .containsExactly(tuple("bell", 3 - 1, false), tuple("blight", 6 - 1, false));
        assertThat(party(longRest)).containsExactly(tuple(sable, 0, 3, 0, "alive"),
                tuple(marlowe, 0, 6, 0, "alive"));
        assertThat(run.answer("players' countdowns").at("/items").valueStream()
                .map(c -> c.at("/countdown_id").asString())).containsExactly("signal", "bell");

        // --- the level-ups: the GM grants level 2; until applied the next session waits
        assertThat(run.answer("granted").at("/level_up_pending").asInt()).isEqualTo(2);
        assertThat(run.answer("not ready").at("/blockers").valueStream().map(b -> b.at("/code").asString()))
                .contains("DAGGERHEART_LEVEL_UP_INCOMPLETE");
        // tier 2: a new Experience at +2 and Proficiency 2; thresholds = armor base + level 2
        JsonNode sableTwo = run.answer("sable level 2");
        assertThat(levelUp(sableTwo)).containsExactly(2, 2, 2, 6, 6 + 1, 12 + 1, 6 + 2, 13 + 2);
        assertThat(sableTwo.at("/hope_max").asInt()).as("the scar stays").isEqualTo(5);
        assertThat(sableTwo.at("/experiences").valueStream().map(e -> tuple(e.at("/name").asString(),
                e.at("/modifier").asInt()))).contains(tuple("Pathfinder", 2));
        JsonNode marloweTwo = run.answer("marlowe level 2");
        assertThat(levelUp(marloweTwo)).containsExactly(2, 2, 2, 7 + 1, 7, 8, 7 + 2, 15 + 2);
        assertThat(List.of(marloweTwo.at("/traits/strength").asInt(), marloweTwo.at("/traits/agility").asInt()))
                .containsExactly(2 + 1, 1 + 1);
        assertThat(marloweTwo.at("/domain_cards/loadout").valueStream().map(c -> c.at("/card_id").asString()))
                .contains("valor-body-basher");
        // Fear carries over between sessions: no new seed; the long rest ended the run of short rests
        JsonNode gmState = run.answer("fear carried over");
        assertThat(fear(gmState)).isEqualTo(9);
        assertThat(gmState.has("short_rests_in_a_row")).as(gmState.toString()).isTrue();
        assertThat(gmState.at("/short_rests_in_a_row").asInt()).isZero();
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** A number of the answer, 0 for null. */
    private static int number(JsonNode node) {
        return node.isNull() ? 0 : node.asInt();
    }

    private static int fear(JsonNode gmState) {
        return gmState.at("/gm_fear").asInt();
    }

    /** HP slots, Stress slots, Evasion, Armor Score, Major, Severe. */
    private static List<Integer> sheet(JsonNode sheet) {
        return List.of(sheet.at("/hp_max").asInt(), sheet.at("/stress_max").asInt(), sheet.at("/evasion").asInt(),
                sheet.at("/armor_score").asInt(), sheet.at("/thresholds/major").asInt(),
                sheet.at("/thresholds/severe").asInt());
    }

    /** The roll, its total, critical, and the one target's Evasion, hit and damage. */
    private static List<Object> attack(JsonNode attack) {
        JsonNode target = attack.at("/targets/0");
        return List.of(attack.at("/roll_seq").asLong(), attack.at("/total").asInt(),
                attack.at("/critical").asBoolean(), target.at("/evasion").asInt(), target.at("/hit").asBoolean(),
                target.at("/damage").asInt());
    }

    /** Severity before and after armor, HP marked, Armor Slots spent, HP marked in all. */
    private static List<Object> hit(JsonNode damage) {
        return List.of(damage.at("/severity_before_armor").asString(), damage.at("/severity").asString(),
                damage.at("/hp_marks").asInt(), damage.at("/armor_spent").asInt(),
                damage.at("/state/hp_marked").asInt());
    }

    private static List<Object> roll(JsonNode roll) {
        return List.of(roll.at("/roll_seq").asLong(), roll.at("/total").asInt(), roll.at("/result").asString());
    }

    /** Severity, HP marked by the hit, HP marked in all, defeated. */
    private static List<Object> adversaryHit(JsonNode answer) {
        return List.of(answer.at("/damage/severity").asString(), answer.at("/damage/hp_marks").asInt(),
                answer.at("/adversary/hp_marked").asInt(), answer.at("/adversary/defeated").asBoolean());
    }

    /** Hope gained, Stress cleared, Fear gained. */
    private static List<Integer> outcome(JsonNode outcome) {
        return List.of(outcome.at("/hope_gained").asInt(), outcome.at("/stress_cleared").asInt(),
                outcome.at("/fear_gained").asInt());
    }

    private static List<Tuple> advanced(JsonNode outcome) {
        return outcome.at("/countdowns_advanced").valueStream().map(c -> tuple(c.at("/countdown_id").asString(),
                c.at("/remaining_before").asInt(), c.at("/remaining_after").asInt(), c.at("/advanced_by").asInt(),
                c.at("/triggered").asBoolean())).toList();
    }

    /** Each move: who it helped, who made it, the move, its die (0 for none), what it cleared and the Hope gained. */
    private static List<Tuple> moves(JsonNode rest) {
        return rest.at("/moves").valueStream().map(m -> tuple(m.at("/character_id").asString(),
                m.at("/by_character_id").asString(), m.at("/move").asString(), number(m.at("/die")),
                m.at("/cleared").asInt(), m.at("/hope_gained").asInt())).toList();
    }

    /** Each resting character after the rest: HP marked, Hope, Armor Slots marked, life state. */
    private static List<Tuple> party(JsonNode rest) {
        return rest.at("/party").valueStream().map(c -> tuple(c.at("/character_id").asString(),
                c.at("/hp_marked").asInt(), c.at("/hope").asInt(), c.at("/armor_marked").asInt(),
                c.at("/life_state").asString())).toList();
    }

    /** Level, tier, Proficiency, HP slots, Stress slots, Evasion, Major, Severe. */
    private static List<Integer> levelUp(JsonNode sheet) {
        return List.of(sheet.at("/level").asInt(), sheet.at("/tier").asInt(), sheet.at("/proficiency").asInt(),
                sheet.at("/hp_max").asInt(), sheet.at("/stress_max").asInt(), sheet.at("/evasion").asInt(),
                sheet.at("/thresholds/major").asInt(), sheet.at("/thresholds/severe").asInt());
    }
}
