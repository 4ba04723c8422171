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

import static dev.duality.app.support.Problems.ok;
import static dev.duality.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Character progress over HTTP: temporary armor that absorbs a hit and ends with the scene and the session, a loadout
 * swap that pays its Recall Cost in Stress, each death move with the table's dice, and a level-up from 1 to 2 that
 * blocks the next session until it is applied.
 *
 * <p>Every expected number is typed in from the SRD (the comment names the rule), never computed by the code under
 * test. Every character is the ready Ranger of {@link Api#readyDaggerheartCharacter}: level 1, 6 HP, 6 Stress slots,
 * 2 Hope of 6, Leather Armor (3 Armor Slots, thresholds 6/13 + level 1 = 7/14), Untouchable (Bone, Recall Cost 1) and
 * Gifted Tracker (Sage, Recall Cost 0) in the loadout. Morgan owns the campaign and is its GM; Riley plays Sable, Sam
 * plays Marlowe, and the GM runs the Ferryman.
 */
@DualityIntegrationTest
class DaggerheartCharacterProgressIT extends ServiceIntegrationTest {
    private static final String CAMPAIGNS = "/api/v1/campaigns";

    @Test
    void aPartyArmsUpSwapsCardsFacesDeathAndLevelsUp() {
        // --- the table
        Api.Response created = ok(anonymous.createCampaign("Progress"), 201);
        String c = created.at("/campaign_id");
        String base = CAMPAIGNS + "/" + c;
        String dh = base + "/daggerheart";
        Api gm = anonymous.as(created.at("/access_token"));
        Api.Response rileySeat = ok(gm.invitePlayer(c, "Riley"), 201);
        Api riley = anonymous.as(rileySeat.at("/access_token"));
        Api.Response samSeat = ok(gm.invitePlayer(c, "Sam"), 201);
        Api sam = anonymous.as(samSeat.at("/access_token"));
        String sable = ok(riley.createCharacter(c, "Sable", "pc", rileySeat.at("/participant_id")), 201)
                .at("/character_id");
        String marlowe = ok(sam.createCharacter(c, "Marlowe", "pc", samSeat.at("/participant_id")), 201)
                .at("/character_id");
        String ferryman = ok(gm.createCharacter(c, "The Ferryman", "npc", created.at("/owner_participant_id")),
                201).at("/character_id");
        for (String hero : List.of(sable, marlowe, ferryman)) {
            ok(gm.readyDaggerheartCharacter(c, hero), 200);
        }
        String s1 = ok(gm.post(base + "/sessions", "{\"name\": \"The ford\"}"), 201).at("/session_id");
        String sableSheet = dh + "/characters/" + sable;
        String marloweSheet = dh + "/characters/" + marlowe;
        String ferrymanSheet = dh + "/characters/" + ferryman;

        // --- temporary armor: Marlowe's 3 Leather slots are all marked; a shield for the session adds 1, a rally for
        // the scene 2 (SRD Armor: temporary increases add slots that vanish when the effect ends; Armor Score <= 12)
        ok(gm.patch(marloweSheet + "/state", "{\"armor_marked\": 3}"), 200);
        JsonNode armored = ok(sam.post(marloweSheet + "/temporary-armor", """
                {"source": "shield_spell", "duration": "session", "amount": 1}"""), 200).json();
        assertThat(armored.at("/armor_score").asInt()).isEqualTo(4);
        armored = ok(sam.post(marloweSheet + "/temporary-armor", """
                {"source": "rally", "duration": "scene", "amount": 2}"""), 200).json();
        assertThat(armored.at("/armor_score").asInt()).isEqualTo(6);
        assertThat(armored.at("/temporary_armor").size()).isEqualTo(2);
        assertProblem(sam.post(marloweSheet + "/temporary-armor", """
                {"source": "rally", "duration": "scene", "amount": 7}"""), 422, "DAGGERHEART_ARMOR_SCORE_OVER_MAX");
        // only the GM ends the scene; its armor vanishes, the session's stays
        assertProblem(sam.post(dh + "/scene/end", ""), 403, "AUTHZ_DENY_REQUIRES_GM");
        JsonNode sceneEnd = ok(gm.post(dh + "/scene/end", ""), 200).json();
        assertThat(sceneEnd.at("/items").valueStream().map(i -> tuple(i.at("/character_id").asString(),
                i.at("/armor_score").asInt(), i.at("/armor_marked").asInt())))
                .containsExactly(tuple(marlowe, 4, 3));
        // 9 physical damage is Major against 7/14 (2 HP); the temporary slot, the only one unmarked, makes it Minor
        JsonNode hit = ok(gm.post(marloweSheet + "/damage", """
                {"amount": 9, "damage_types": ["physical"], "mark_armor_slot": true}"""), 200).json();
        assertThat(List.of(hit.at("/severity_before_armor").asString(), hit.at("/severity").asString(),
                hit.at("/hp_marks").asInt(), hit.at("/armor_spent").asInt()))
                .containsExactly("major", "minor", 1, 1);
        assertThat(hit.at("/state/armor_marked").asInt()).isEqualTo(4);
        assertThat(hit.at("/state/armor_score").asInt()).isEqualTo(4);

        // --- a loadout swap: Untouchable to the vault is free, back to the loadout costs its Recall Cost of 1 Stress
        JsonNode vaulted = ok(riley.post(sableSheet + "/loadout/swap", """
                {"card_id": "bone-untouchable", "to": "vault"}"""), 200).json();
        assertThat(vaulted.at("/stress_cost").asInt()).isZero();
        assertThat(strings(vaulted.at("/domain_cards/vault"), "/card_id")).containsExactly("bone-untouchable");
        // a player moves only their own character's cards
        assertProblem(riley.post(marloweSheet + "/loadout/swap", """
                {"card_id": "bone-untouchable", "to": "vault"}"""), 403, "AUTHZ_DENY_NOT_CHARACTER_CONTROLLER");
        JsonNode recalled = ok(riley.post(sableSheet + "/loadout/swap", """
                {"card_id": "bone-untouchable", "to": "loadout"}"""), 200).json();
        assertThat(List.of(recalled.at("/from").asString(), recalled.at("/to").asString(),
                recalled.at("/recall_cost").asInt(), recalled.at("/stress_cost").asInt(),
                recalled.at("/state/stress_marked").asInt())).containsExactly("vault", "loadout", 1, 1, 1);
        assertThat(strings(recalled.at("/domain_cards/loadout"), "/card_id"))
                .containsExactly("sage-gifted-tracker", "bone-untouchable");

        // --- death moves, with the table's dice. Sable marks her last HP: 5 marked, then a Minor hit (1 HP)
        ok(gm.patch(sableSheet + "/state", "{\"hp_marked\": 5}"), 200);
        JsonNode falls = ok(gm.post(sableSheet + "/damage", """
                {"amount": 3, "damage_types": ["physical"]}"""), 200).json();
        assertThat(falls.at("/last_hp_marked").asBoolean()).isTrue();
        assertThat(falls.at("/state/life_state").asString()).isEqualTo("fallen");

        // Avoid Death: the Hope die shows 1, at or below her level (1): a scar, Hope max 6 -> 5; she is unconscious
        JsonNode avoid = ok(riley.post(sableSheet + "/death-move", """
                {"session_id": "%s", "move": "avoid_death", "physical_results": [1]}""".formatted(s1)), 200).json();
        assertThat(avoid.at("/mode").asString()).isEqualTo("physical");
        assertThat(avoid.at("/hope_die").asInt()).isEqualTo(1);
        assertThat(avoid.at("/fear_die").isNull()).isTrue();
        assertThat(avoid.at("/scar_taken").asBoolean()).isTrue();
        assertThat(avoid.at("/life_state").asString()).isEqualTo("unconscious");
        assertThat(List.of(avoid.at("/state/hope_max").asInt(), avoid.at("/state/scars").asInt(),
                avoid.at("/state/hope").asInt())).containsExactly(5, 1, 2);
        // unconscious: no action, and no second death move
        assertProblem(riley.post(dh + "/sessions/" + s1 + "/action-rolls", """
                {"character_id": "%s", "physical_results": [6, 2]}""".formatted(sable)), 409,
                "DAGGERHEART_CHARACTER_CANNOT_ACT");
        assertProblem(riley.post(sableSheet + "/death-move", """
                {"session_id": "%s", "move": "risk_it_all", "physical_results": [9, 3]}""".formatted(s1)), 409,
                "DAGGERHEART_CHARACTER_NOT_FALLEN");
        // an ally clears 1 HP: she wakes (SRD: "wake when an ally clears at least 1 of your HP")
        JsonNode woke = ok(gm.patch(sableSheet + "/state", "{\"hp_marked\": 5}"), 200).json();
        assertThat(woke.at("/life_state").asString()).isEqualTo("alive");

        // Risk It All, Hope 9 over Fear 3: she stays up and clears HP and Stress totalling 9, her 1 Stress first as
        // asked, then all 6 HP
        ok(gm.patch(sableSheet + "/state", "{\"hp_marked\": 6}"), 200);
        JsonNode risked = ok(riley.post(sableSheet + "/death-move", """
                {"session_id": "%s", "move": "risk_it_all", "physical_results": [9, 3], "clear_stress": 1}"""
                .formatted(s1)), 200).json();
        assertThat(List.of(risked.at("/hope_die").asInt(), risked.at("/fear_die").asInt(),
                risked.at("/hp_cleared").asInt(), risked.at("/stress_cleared").asInt())).containsExactly(9, 3, 6, 1);
        assertThat(risked.at("/life_state").asString()).isEqualTo("alive");
        assertThat(List.of(risked.at("/state/hp_marked").asInt(), risked.at("/state/stress_marked").asInt()))
                .containsExactly(0, 0);

        // Risk It All, a tie (5 and 5): she stays up and clears nothing, every HP still marked
        ok(gm.patch(sableSheet + "/state", "{\"hp_marked\": 6}"), 200);
        JsonNode tie = ok(riley.post(sableSheet + "/death-move", """
                {"session_id": "%s", "move": "risk_it_all", "physical_results": [5, 5]}""".formatted(s1)), 200)
                .json();
        assertThat(List.of(tie.at("/hp_cleared").asInt(), tie.at("/stress_cleared").asInt())).containsExactly(0, 0);
        assertThat(tie.at("/life_state").asString()).isEqualTo("alive");
        assertThat(tie.at("/state/hp_marked").asInt()).isEqualTo(6);
        // marking Stress marks no HP: still up; the next hit that marks HP makes her fall again
        assertThat(ok(riley.post(sableSheet + "/stress/spend", "{\"amount\": 1}"), 200).json()
                .at("/life_state").asString()).isEqualTo("alive");
        assertThat(ok(gm.post(sableSheet + "/damage", """
                {"amount": 3, "damage_types": ["physical"]}"""), 200).json().at("/state/life_state").asString())
                .isEqualTo("fallen");

        // Risk It All, Fear 10 over Hope 2: her story ends
        JsonNode death = ok(riley.post(sableSheet + "/death-move", """
                {"session_id": "%s", "move": "risk_it_all", "physical_results": [2, 10]}""".formatted(s1)), 200)
                .json();
        assertThat(death.at("/life_state").asString()).isEqualTo("dead");
        assertProblem(gm.post(sableSheet + "/damage", "{\"amount\": 3, \"damage_types\": [\"physical\"]}"), 409,
                "DAGGERHEART_CHARACTER_DEAD");

        // Blaze of Glory: the Ferryman falls and takes one final action, rolled like any other: Hope 2 and Fear 11
        // against 20 would fail with Fear, but it critically succeeds (SRD Death), and then he dies
        ok(gm.patch(ferrymanSheet + "/state", "{\"hp_marked\": 6}"), 200);
        JsonNode blaze = ok(gm.post(ferrymanSheet + "/death-move", """
                {"session_id": "%s", "move": "blaze_of_glory"}""".formatted(s1)), 200).json();
        assertThat(blaze.at("/roll_seq").isNull()).isTrue();
        assertThat(blaze.at("/life_state").asString()).isEqualTo("blaze_of_glory");
        JsonNode finalAction = ok(gm.post(dh + "/sessions/" + s1 + "/action-rolls", """
                {"character_id": "%s", "trait": "agility", "difficulty": 20, "physical_results": [2, 11]}"""
                .formatted(ferryman)), 201).json();
        assertThat(List.of(finalAction.at("/result").asString(), finalAction.at("/total").asInt(),
                finalAction.at("/fear_gained").asInt(), finalAction.at("/hope_gained").asInt()))
                .containsExactly("critical_success", 15, 0, 1);
        assertThat(state(gm, ferrymanSheet).at("/life_state").asString()).isEqualTo("dead");

        // --- the session ends: Marlowe's shield lasted the session, so its slot vanishes, and the mark on it
        ok(gm.post(base + "/sessions/" + s1 + "/end", ""), 200);
        JsonNode afterSession = state(gm, marloweSheet);
        assertThat(List.of(afterSession.at("/armor_score").asInt(), afterSession.at("/armor_marked").asInt(),
                afterSession.at("/temporary_armor").size())).containsExactly(3, 3, 0);
        List<String> timeline = new ArrayList<>();
        ok(gm.get(base + "/timeline?limit=200"), 200).json().at("/items")
                .forEach(e -> timeline.add(e.at("/event_type").asString()));
        assertThat(timeline.subList(timeline.size() - 2, timeline.size())).containsExactly("session.ended",
                "sys.daggerheart.character_temporary_armor_ended");
        assertThat(journal.payloads(sheetStream(c, marlowe), "sys.daggerheart.character_temporary_armor_ended"))
                .extracting(p -> tuple(p.at("/ended_by").asString(), p.at("/armor_score").asInt(),
                        p.at("/armor_marks_lost").asInt()))
                .containsExactly(tuple("scene", 4, 0), tuple("session", 3, 1));

        // --- a level-up between sessions: the GM grants level 2; until Marlowe applies it, no session starts
        assertProblem(sam.post(marloweSheet + "/level-up/grant", ""), 403, "AUTHZ_DENY_REQUIRES_GM");
        JsonNode granted = ok(gm.post(marloweSheet + "/level-up/grant", ""), 200).json();
        assertThat(granted.at("/level_up_pending").asInt()).isEqualTo(2);
        JsonNode notReady = assertProblem(gm.post(base + "/sessions", "{\"name\": \"The far bank\"}"), 409,
                "SESSION_READINESS_CHARACTER_NOT_READY");
        assertThat(notReady.at("/blockers").valueStream().map(b -> tuple(b.at("/code").asString(),
                b.at("/character_id").asString()))).containsExactly(
                tuple("SESSION_READINESS_CHARACTER_NOT_READY", marlowe),
                tuple("DAGGERHEART_LEVEL_UP_INCOMPLETE", marlowe));

        // SRD Leveling Up at level 2 (tier 2): a new Experience at +2 and Proficiency 2 (step 1); +1 HP slot and +1
        // to Strength and Knowledge, which are marked (step 2); thresholds Leather 6/13 + level 2 = 8/15 (step 3); a
        // level-2 Bone card (step 4)
        JsonNode levelTwo = ok(sam.post(marloweSheet + "/level-up", """
                {"new_experience": "Archery",
                 "advancements": [{"option": "hp_slot"}, {"option": "traits", "traits": ["strength", "knowledge"]}],
                 "domain_card": {"card_id": "bone-2", "name": "Bone Two", "domain": "bone", "level": 2,
                                 "recall_cost": 1, "type": "ability"}}"""), 200).json();
        assertThat(List.of(levelTwo.at("/level").asInt(), levelTwo.at("/tier").asInt(),
                levelTwo.at("/proficiency").asInt(), levelTwo.at("/hp_max").asInt(),
                levelTwo.at("/thresholds/major").asInt(), levelTwo.at("/thresholds/severe").asInt()))
                .containsExactly(2, 2, 2, 7, 8, 15);
        assertThat(levelTwo.at("/level_up_pending").isNull()).isTrue();
        assertThat(levelTwo.at("/experiences").valueStream().map(e -> tuple(e.at("/name").asString(),
                e.at("/modifier").asInt()))).containsExactly(tuple("Tracker", 2), tuple("Forest lore", 2),
                tuple("Archery", 2));
        assertThat(List.of(levelTwo.at("/traits/strength").asInt(), levelTwo.at("/traits/knowledge").asInt()))
                .containsExactly(0, 1);
        assertThat(strings(levelTwo.at("/progression/marked_traits"), "")).containsExactly("strength", "knowledge");
        assertThat(levelTwo.at("/progression/advancements").valueStream().map(a -> tuple(a.at("/level").asInt(),
                a.at("/tier").asInt(), a.at("/option").asString())))
                .containsExactly(tuple(2, 2, "hp_slot"), tuple(2, 2, "traits"));
        assertThat(strings(levelTwo.at("/domain_cards/vault"), "/card_id")).containsExactly("bone-2");
        assertThat(levelTwo.at("/state/hp_max").asInt()).isEqualTo(7);

        // applied: the next session starts
        ok(gm.post(base + "/sessions", "{\"name\": \"The far bank\"}"), 201);
    }

    // ---------------------------------------------------------------------------------------------------------------



    private static JsonNode state(Api api, String sheet) {
        return ok(api.get(sheet + "/state"), 200).json();
    }

    private static String sheetStream(String campaignId, String characterId) {
        return DaggerheartCharacterId.of(CampaignId.of(campaignId), CharacterId.of(characterId)).value();
    }

    /** The strings at {@code pointer} in each element of {@code array} ("" for the elements themselves). */
    private static List<String> strings(JsonNode array, String pointer) {
        return array.valueStream().map(node -> node.at(pointer).asString()).toList();
    }
}
