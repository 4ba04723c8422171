package dev.duality.app.docs;

import dev.duality.app.support.DualityIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.List;

import static dev.duality.app.docs.CurlWalkthrough.define;
import static dev.duality.app.docs.CurlWalkthrough.request;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/api.md's "A Daggerheart combat round with curl", run over HTTP exactly as written, and held to the answers it
 * shows ({@link CurlWalkthrough}: every request of the doc's block is one of {@link #STEPS}, in order, and every
 * answer it shows is checked). The SRD numbers themselves are pinned by {@code DaggerheartCombatIT}; here a few are
 * checked again where the doc explains them.
 */
@DualityIntegrationTest
public class DaggerheartWalkthroughIT {
    public static final String SECTION = "## A Daggerheart combat round with curl";

    static final String PROFILE = """
            {"heritage": {"ancestry": "elf", "community": "wildborne"},
             "traits": {"agility": 2, "strength": -1, "finesse": 1, "instinct": 1, "presence": 0, "knowledge": 0},
             "equipment": {"armor": {"preset": "leather"}, "primary_weapon": "Shortbow"},
             "experiences": [{"name": "Tracker", "modifier": 2}, {"name": "Forest lore", "modifier": 2}],
             "domain_cards": [{"card_id": "bone-untouchable", "name": "Untouchable", "domain": "bone", "level": 1,
               "recall_cost": 1, "type": "ability"}, {"card_id": "sage-gifted-tracker", "name": "Gifted Tracker",
               "domain": "sage", "level": 1, "recall_cost": 0, "type": "ability"}],
             "description": "Quiet, a cloak of moss", "background": "Raised by the wardens of the wood",
             "connections": "Owes the others a life debt"}""";

    /** The walkthrough, in the doc's order. */
    public static final List<CurlWalkthrough.Step> STEPS = List.of(
            // 1. the campaign and two players
            request(null, "POST", "$API/campaigns", """
                    {"name": "The Ford", "owner_name": "Morgan", "game_system": {"id": "daggerheart",
                      "version": "1.0.0"}}""")
                    .expect(201).keep("C", "/campaign_id").keep("GM", "/access_token")
                    .keep("GM_ID", "/owner_participant_id"),
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
            request("GM", "POST", "$API/campaigns/$C/characters", """
                    {"name": "The Ferryman", "kind": "npc", "owner_participant_id": "$GM_ID"}""").expect(201)
                    .keep("FERRYMAN", "/character_id"),
            request("RILEY", "POST", "$DH/characters", """
                    {"character_id": "$SABLE", "character_class": "ranger", "subclass": "wayfinder"}""")
                    .expect(201).named("sable sheet"),
            request("SAM", "POST", "$DH/characters", """
                    {"character_id": "$MARLOWE", "character_class": "ranger", "subclass": "beastbound"}""").expect(201),
            request("GM", "POST", "$DH/characters", """
                    {"character_id": "$FERRYMAN", "character_class": "ranger", "subclass": "wayfinder"}""").expect(201),
            // 3. the rest of character creation
            define("PROFILE", PROFILE).quoted(),
            request("RILEY", "PATCH", "$DH/characters/$SABLE/profile", "$PROFILE").expect(200).named("sable ready"),
            request("SAM", "PATCH", "$DH/characters/$MARLOWE/profile", "$PROFILE").expect(200),
            request("SAM", "PATCH", "$DH/characters/$MARLOWE/profile", """
                    {"equipment": {"armor": {"preset": "chainmail"}, "primary_weapon": "Longbow"}}""").expect(200)
                    .named("marlowe ready"),
            request("GM", "PATCH", "$DH/characters/$FERRYMAN/profile", "$PROFILE").expect(200),
            request("GM", "PATCH", "$DH/characters/$FERRYMAN/profile", """
                    {"equipment": {"armor": {"preset": "gambeson"}, "primary_weapon": "Boathook"}}""").expect(200)
                    .named("ferryman ready"),
            // 4. the session
            request("GM", "POST", "$API/campaigns/$C/sessions", """
                    {"name": "The ford"}""").expect(201).keep("S", "/session_id"),
            request("GM", "GET", "$DH/gm-fear", null).expect(200).named("seeded fear"),
            define("ROLLS", "$DH/sessions/$S/action-rolls"),
            // 5. a roll with an Experience, its outcome once
            request("RILEY", "POST", "$ROLLS", """
                    {"character_id": "$SABLE", "trait": "agility", "experiences": ["Tracker"], "difficulty": 12,
                     "physical_results": [9, 4]}""").expect(201).named("roll 1"),
            request("GM", "POST", "$ROLLS/1/outcome", null).header("Idempotency-Key", "outcome-roll-1").expect(200),
            request("GM", "POST", "$ROLLS/1/outcome", null).header("Idempotency-Key", "outcome-roll-1-again")
                    .expect(409),
            // 6. a roll with Fear, its outcome, the GM's ruling
            request("SAM", "POST", "$ROLLS", """
                    {"character_id": "$MARLOWE", "trait": "agility", "difficulty": 10, "physical_results": [3, 10]}""")
                    .expect(201),
            request("GM", "POST", "$ROLLS/2/outcome", null).header("Idempotency-Key", "outcome-roll-2").expect(200)
                    .keep("GATE", "/consequence_gate_id"),
            request("GM", "POST", "$API/campaigns/$C/sessions/$S/gates/$GATE/resolve", """
                    {"decision": "minor_move", "resolution": "The current takes the rope"}""").expect(200),
            // 7. damage to one
            request("GM", "POST", "$DH/characters/$SABLE/damage", """
                    {"amount": 9, "damage_types": ["physical"], "mark_armor_slot": true, "source": "ogre_club"}""")
                    .expect(200).named("one"),
            // 8. damage to three
            request("GM", "POST", "$DH/damage", """
                    {"targets": [{"character_id": "$SABLE", "mark_armor_slot": true}, {"character_id": "$MARLOWE"},
                     {"character_id": "$FERRYMAN", "mark_armor_slot": true}], "amount": 13,
                     "damage_types": ["physical"], "source": "ogre_sweep"}""").expect(200).named("three"),
            // 9. conditions
            request("RILEY", "PUT", "$DH/characters/$SABLE/conditions", """
                    {"conditions": ["hidden"], "added": ["hidden"], "removed": [], "source": "reeds"}""").expect(200),
            request("RILEY", "PUT", "$DH/characters/$SABLE/conditions", """
                    {"conditions": ["hidden", "hidden"]}""").expect(400),
            // 10. where everyone stands
            request("SAM", "GET", "$DH/gm-fear", null).expect(200),
            request("SAM", "GET", "$DH/characters/$MARLOWE/state", null).expect(200),
            request("SAM", "GET", "$ROLLS", null).expect(200));

    @LocalServerPort
    int port;

    @Test
    void theApiGuidesDaggerheartWalkthroughRunsAsWrittenAndAnswersAsShown() throws IOException {
        CurlWalkthrough.Result run = CurlWalkthrough.run(port, SECTION, STEPS);

        // the numbers the doc explains, from the SRD: Ranger HP 6 and Evasion 12; Leather 6/13 + level 1 = 7/14, 3
        // slots; Chainmail 7/15 + 1 = 8/16, 4 slots, Evasion -1; Gambeson 5/11 + 1 = 6/12, 3 slots, Evasion +1
        assertThat(numbers(run.answer("sable ready"))).containsExactly(6, 12, 3, 7, 14);
        assertThat(numbers(run.answer("marlowe ready"))).containsExactly(6, 11, 4, 8, 16);
        assertThat(numbers(run.answer("ferryman ready"))).containsExactly(6, 13, 3, 6, 12);
        assertThat(run.answer("seeded fear").at("/gm_fear").asInt()).as("one Fear per PC").isEqualTo(2);
        assertThat(run.answer("roll 1").at("/total").asInt()).isEqualTo(9 + 4 + 2 + 2);
        List<JsonNode> three = run.answer("three").at("/items").valueStream().toList();
        assertThat(three).extracting(i -> i.at("/character_id").asString())
                .containsExactly(run.var("SABLE"), run.var("MARLOWE"), run.var("FERRYMAN"));
        assertThat(three).extracting(i -> i.at("/severity_before_armor").asString() + " -> "
                        + i.at("/severity").asString() + ": " + i.at("/hp_marks").asInt())
                .containsExactly("major -> minor: 1", "major -> major: 2", "severe -> major: 2");
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static List<Integer> numbers(JsonNode sheet) {
        return List.of(sheet.at("/hp_max").asInt(), sheet.at("/evasion").asInt(), sheet.at("/armor_score").asInt(),
                sheet.at("/thresholds/major").asInt(), sheet.at("/thresholds/severe").asInt());
    }
}
