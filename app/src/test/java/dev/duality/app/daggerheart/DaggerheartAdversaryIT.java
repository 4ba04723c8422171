package dev.duality.app.daggerheart;

import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.ServiceIntegrationTest;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.sys.daggerheart.adversary.api.AdversaryId;
import dev.duality.sys.daggerheart.adversary.api.DaggerheartAdversaryId;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static dev.duality.app.support.Problems.ok;
import static dev.duality.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A fight against a minion group and a horde, through HTTP: the GM puts SRD adversaries on the table, the party's
 * damage defeats minions with its overflow and wears the horde down until its attack weakens, thresholds decide what a
 * standard adversary marks, and the adversaries' attack rolls hit, miss and crit, their damage applied to the
 * characters by the roll's number.
 *
 * <p>Every expected number is typed in from SRD 1.0 (the comment names the stat block or rule), never computed by the
 * code under test. Dice are the table's own ({@code physical_results}), so every roll is known in advance.
 *
 * <p>The table: Morgan, owner and GM; Riley plays Sable and Sam plays Marlowe, both level-1 Rangers (SRD: Evasion 12,
 * HP 6) in Leather Armor (thresholds 6/13 + level 1 = 7/14, 3 Armor Slots). The adversaries, SRD 1.0 stat blocks:
 * four Jagged Knife Lackeys (Tier 1 Minion, Difficulty 9, HP 1, Stress 1, ATK -2, Daggers: Melee, 2 phy, Minion (3)),
 * a Zombie Pack (Tier 1 Horde (2/HP), Difficulty 8, Thresholds 6/12, HP 6, Stress 3, ATK -1, Bite: Melee, 1d10+2
 * phy, Horde (1d4+2)) and a Jagged Knife Bandit (Tier 1 Standard, Difficulty 12, Thresholds 8/14, HP 5, Stress 3,
 * ATK +1, Daggers: Melee, 1d8+1 phy).
 */
@DualityIntegrationTest
class DaggerheartAdversaryIT extends ServiceIntegrationTest {
    private static final String CAMPAIGNS = "/api/v1/campaigns";
    static final String ZOMBIE_PACK = """
            {"name": "Zombie Pack", "tier": 1, "type": "horde", "difficulty": 8,
             "thresholds": {"major": 6, "severe": 12}, "hp_max": 6, "stress_max": 3, "attack_modifier": -1,
             "standard_attack": {"name": "Bite", "range": "melee", "damage": {"count": 1, "sides": 10, "bonus": 2},
                                 "damage_types": ["physical"]},
             "horde": {"creatures_per_hp": 2, "reduced_damage": {"count": 1, "sides": 4, "bonus": 2}}}""";

    @Test
    void aFightAgainstAMinionGroupAndAHordeWithEveryNumberFromTheSrd() {
        // --- the table
        Api.Response created = ok(anonymous.createCampaign("Ambush at the ford"), 201);
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
        ok(riley.readyDaggerheartCharacter(c, sable), 200);
        ok(sam.readyDaggerheartCharacter(c, marlowe), 200);
        String s = ok(gm.post(base + "/sessions", "{\"name\": \"The ford\"}"), 201).at("/session_id");
        String adversaries = dh + "/sessions/" + s + "/adversaries";

        // --- the GM puts the adversaries on the table; a player may not
        assertProblem(riley.post(adversaries, Api.JAGGED_KNIFE_BANDIT), 403, "AUTHZ_DENY_REQUIRES_GM");
        Api.Response lackeyAnswer = ok(gm.post(adversaries, Api.JAGGED_KNIFE_LACKEY), 201);
        JsonNode lackeyA = lackeyAnswer.json();
        String a = lackeyA.at("/adversary_id").asString();
        assertThat(lackeyAnswer.header("Location")).isEqualTo(adversaries + "/" + a);
        String b = ok(gm.post(adversaries, Api.JAGGED_KNIFE_LACKEY), 201).at("/adversary_id");
        String lackeyC = ok(gm.post(adversaries, Api.JAGGED_KNIFE_LACKEY), 201).at("/adversary_id");
        String d = ok(gm.post(adversaries, Api.JAGGED_KNIFE_LACKEY), 201).at("/adversary_id");
        String pack = ok(gm.post(adversaries, ZOMBIE_PACK), 201).at("/adversary_id");
        String bandit = ok(gm.post(adversaries, Api.JAGGED_KNIFE_BANDIT), 201).at("/adversary_id");
        // SRD Minion: 1 HP, no thresholds, Minion (3); flat damage 2
        assertTracks(lackeyA, "Jagged Knife Lackey", "minion", 0, 1, false);
        assertThat(lackeyA.at("/stat_block/thresholds").isNull()).as(lackeyA.toString()).isTrue();
        assertThat(lackeyA.at("/stat_block/minion_value").asInt()).isEqualTo(3);
        assertThat(lackeyA.at("/attack_damage/notation").asString()).isEqualTo("2");

        // everyone sees what is on the table; the stat blocks stay behind the GM's screen
        List<JsonNode> seenByRiley = items(ok(riley.get(adversaries), 200));
        assertThat(seenByRiley).extracting(v -> v.at("/name").asString()).containsExactly("Jagged Knife Lackey",
                "Jagged Knife Lackey", "Jagged Knife Lackey", "Jagged Knife Lackey", "Zombie Pack",
                "Jagged Knife Bandit");
        assertThat(seenByRiley).allSatisfy(v -> {
            assertThat(v.at("/stat_block").isNull()).as(v.toString()).isTrue();
            assertThat(v.at("/attack_damage").isNull()).as(v.toString()).isTrue();
        });
        JsonNode packSeenByGm = ok(gm.get(adversaries + "/" + pack), 200).json();
        assertThat(packSeenByGm.at("/stat_block/thresholds/major").asInt()).isEqualTo(6);
        assertThat(packSeenByGm.at("/stat_block/horde/reduced_damage/notation").asString()).isEqualTo("1d4+2");
        assertThat(ok(sam.get(adversaries + "/" + pack), 200).json().at("/stat_block").isNull()).isTrue();

        // --- a Lackey attacks Marlowe: d20 19 - 2 = 17 against Evasion 12 hits (SRD: d20 + ATK >= Evasion); its
        // Daggers deal a flat 2 (no damage die)
        JsonNode lackeyAttack = ok(gm.post(adversaries + "/" + d + "/attacks", """
                {"targets": [{"character_id": "%s"}], "physical_results": [19]}""".formatted(marlowe)), 201).json();
        assertAttack(lackeyAttack, 19, -2, 17, false, "2", List.of(), false);
        assertTarget(lackeyAttack.at("/targets/0"), marlowe, 12, true, 2);
        long lackeyRoll = lackeyAttack.at("/roll_seq").asLong();
        JsonNode marloweHit = ok(sam.post(dh + "/characters/" + marlowe + "/damage", """
                {"attack_roll_seq": %d}""".formatted(lackeyRoll)), 200).json();
        // SRD thresholds: 2 is below Major 7: 1 HP
        assertThat(marloweHit.at("/amount").asInt()).isEqualTo(2);
        assertThat(marloweHit.at("/hp_marks").asInt()).isEqualTo(1);
        assertThat(marloweHit.at("/state/hp_marked").asInt()).isEqualTo(1);

        // --- the minion group: Sable deals 7 to Lackey A with B, C and D in range. SRD Minion (3): any damage defeats
        // A, and every 3 damage defeats one more: 7 / 3 = 2, so B and C fall and D stands
        JsonNode overflow = ok(gm.post(adversaries + "/" + a + "/damage", """
                {"amount": 7, "damage_types": ["physical"], "source": "longsword",
                 "minions_in_range": ["%s", "%s", "%s"]}""".formatted(b, lackeyC, d)), 200).json();
        assertThat(overflow.at("/damage/hp_marks").asInt()).isEqualTo(1);
        assertThat(overflow.at("/damage/severity").asString()).isEqualTo("minor");
        assertThat(overflow.at("/damage/defeated").asBoolean()).isTrue();
        assertThat(overflow.at("/adversary/defeated").asBoolean()).isTrue();
        assertThat(overflow.at("/minions_defeated").valueStream().map(m -> tuple(m.at("/adversary_id").asString(),
                m.at("/amount").asInt(), m.at("/defeated").asBoolean())))
                .containsExactly(tuple(b, 3, true), tuple(lackeyC, 3, true));
        assertThat(items(ok(riley.get(adversaries), 200)).stream()
                .filter(v -> v.at("/type").asString().equals("minion"))
                .map(v -> tuple(v.at("/adversary_id").asString(), v.at("/defeated").asBoolean())))
                .containsExactly(tuple(a, true), tuple(b, true), tuple(lackeyC, true), tuple(d, false));
        assertThat(journal.types(adversaryStream(c, b))).containsExactly("sys.daggerheart.adversary_created",
                "sys.daggerheart.adversary_damage_applied");

        // refusals change nothing
        long beforeRefusals = journal.size();
        assertProblem(gm.post(adversaries + "/" + a + "/damage", """
                {"amount": 3, "damage_types": ["physical"]}"""), 409, "DAGGERHEART_ADVERSARY_DEFEATED", "adversary_id");
        assertProblem(gm.post(adversaries + "/" + d + "/damage", """
                {"amount": 3, "damage_types": ["physical"], "minions_in_range": ["%s"]}""".formatted(bandit)), 422,
                "DAGGERHEART_NOT_A_MINION", "minions_in_range[0]");
        assertProblem(gm.post(adversaries + "/" + pack + "/damage", """
                {"amount": 3, "damage_types": ["physical"], "minions_in_range": ["%s"]}""".formatted(d)), 422,
                "DAGGERHEART_NOT_A_MINION", "minions_in_range");
        assertProblem(gm.post(adversaries + "/" + d + "/damage", """
                {"amount": 3, "damage_types": ["physical"], "minions_in_range": ["%s"]}""".formatted(b)), 409,
                "DAGGERHEART_ADVERSARY_DEFEATED", "minions_in_range[0]");
        assertProblem(gm.post(adversaries + "/" + a + "/attacks", """
                {"targets": [{"character_id": "%s"}], "physical_results": [12]}""".formatted(sable)), 409,
                "DAGGERHEART_ADVERSARY_DEFEATED", "adversary_id");
        assertThat(journal.size()).isEqualTo(beforeRefusals);
        // 2 damage to the last Lackey, alone: defeated, no overflow
        JsonNode last = ok(gm.post(adversaries + "/" + d + "/damage", """
                {"amount": 2, "damage_types": ["physical"]}"""), 200).json();
        assertThat(last.at("/damage/defeated").asBoolean()).isTrue();
        assertThat(last.at("/minions_defeated").size()).isZero();

        // --- the horde bites Sable: d20 15 - 1 = 14 >= 12 hits; Bite 1d10+2 with a 6: 8 damage
        JsonNode bite = ok(gm.post(adversaries + "/" + pack + "/attacks", """
                {"targets": [{"character_id": "%s"}], "physical_results": [15, 6]}""".formatted(sable)), 201).json();
        assertAttack(bite, 15, -1, 14, false, "1d10+2", List.of(6), false);
        assertTarget(bite.at("/targets/0"), sable, 12, true, 8);
        long biteRoll = bite.at("/roll_seq").asLong();
        // the damage is Sable's to apply, by the roll's number; only the character it hit can take it
        assertProblem(sam.post(dh + "/characters/" + marlowe + "/damage", """
                {"attack_roll_seq": %d}""".formatted(biteRoll)), 404, "DAGGERHEART_ATTACK_NOT_FOUND",
                "attack_roll_seq");
        assertProblem(riley.post(dh + "/characters/" + sable + "/damage", """
                {"attack_roll_seq": %d, "amount": 20}""".formatted(biteRoll)), 400, "DAGGERHEART_ATTACK_DAMAGE_GIVEN",
                "amount");
        JsonNode sableBitten = ok(riley.post(dh + "/characters/" + sable + "/damage", """
                {"attack_roll_seq": %d, "mark_armor_slot": true}""".formatted(biteRoll)), 200).json();
        // SRD thresholds: 8 against 7/14 is Major (2 HP); an Armor Slot lowers it to Minor: 1 HP
        assertThat(List.of(sableBitten.at("/amount").asInt(), sableBitten.at("/severity_before_armor").asString(),
                sableBitten.at("/severity").asString(), sableBitten.at("/hp_marks").asInt(),
                sableBitten.at("/armor_spent").asInt())).containsExactly(8, "major", "minor", 1, 1);
        assertTracks2(sableBitten.at("/state"), 1, 1);
        assertProblem(riley.post(dh + "/characters/" + sable + "/damage", """
                {"attack_roll_seq": %d}""".formatted(biteRoll)), 409, "DAGGERHEART_ATTACK_DAMAGE_ALREADY_APPLIED",
                "attack_roll_seq");

        // --- Sable and Marlowe wear the horde down. SRD Zombie Pack thresholds 6/12: 7 is Major (2 HP), 2 of 6
        JsonNode packHit = ok(gm.post(adversaries + "/" + pack + "/damage", """
                {"amount": 7, "damage_types": ["physical"], "source": "shortbow"}"""), 200).json();
        assertThat(packHit.at("/damage/severity").asString()).isEqualTo("major");
        assertTracks(packHit.at("/adversary"), "Zombie Pack", "horde", 2, 6, false);
        assertThat(packHit.at("/adversary/attack_reduced").asBoolean()).isFalse();
        assertThat(packHit.at("/adversary/attack_damage/notation").asString()).isEqualTo("1d10+2");
        // 5 is below Major 6: 1 HP, 3 of 6. SRD Horde (1d4+2): half or more of its HP marked, the Bite deals 1d4+2
        packHit = ok(gm.post(adversaries + "/" + pack + "/damage", """
                {"amount": 5, "damage_types": ["physical"], "source": "longsword"}"""), 200).json();
        assertThat(packHit.at("/damage/severity").asString()).isEqualTo("minor");
        assertTracks(packHit.at("/adversary"), "Zombie Pack", "horde", 3, 6, false);
        assertThat(packHit.at("/adversary/attack_reduced").asBoolean()).isTrue();
        assertThat(packHit.at("/adversary/attack_damage/notation").asString()).isEqualTo("1d4+2");
        assertThat(ok(riley.get(adversaries + "/" + pack), 200).json().at("/attack_reduced").asBoolean())
                .isTrue();

        // the weakened horde bites Sable: d20 13 - 1 = 12, a tie with Evasion 12, hits; 1d4+2 with a 3: 5 damage
        JsonNode weakBite = ok(gm.post(adversaries + "/" + pack + "/attacks", """
                {"targets": [{"character_id": "%s"}], "physical_results": [13, 3]}""".formatted(sable)), 201).json();
        assertAttack(weakBite, 13, -1, 12, false, "1d4+2", List.of(3), true);
        assertTarget(weakBite.at("/targets/0"), sable, 12, true, 5);
        // 5 is below Major 7: 1 HP, no Armor Slot asked for
        JsonNode sableWeakBite = ok(riley.post(dh + "/characters/" + sable + "/damage", """
                {"attack_roll_seq": %d}""".formatted(weakBite.at("/roll_seq").asLong())), 200).json();
        assertThat(sableWeakBite.at("/hp_marks").asInt()).isEqualTo(1);
        assertTracks2(sableWeakBite.at("/state"), 2, 1);

        // the horde's conditions, as a character's
        JsonNode restrained = ok(gm.put(adversaries + "/" + pack + "/conditions", """
                {"conditions": ["restrained"], "added": ["restrained"], "removed": [], "source": "vines"}"""), 200)
                .json();
        assertThat(strings(restrained.at("/conditions"))).containsExactly("restrained");
        assertProblem(gm.put(adversaries + "/" + pack + "/conditions", """
                {"conditions": ["restrained"]}"""), 422, "DAGGERHEART_CONDITION_UNCHANGED", "conditions");

        // --- the Bandit misses Marlowe: d20 10 + 1 = 11 < 12; a miss deals no damage
        JsonNode miss = ok(gm.post(adversaries + "/" + bandit + "/attacks", """
                {"targets": [{"character_id": "%s"}], "physical_results": [10, 5]}""".formatted(marlowe)), 201)
                .json();
        assertTarget(miss.at("/targets/0"), marlowe, 12, false, 0);
        assertProblem(sam.post(dh + "/characters/" + marlowe + "/damage", """
                {"attack_roll_seq": %d}""".formatted(miss.at("/roll_seq").asLong())), 422,
                "DAGGERHEART_ATTACK_MISSED", "attack_roll_seq");

        // a natural 20 against both: SRD critical, automatic hit, damage 1d8+1 plus the d8's maximum 8: 5 + 1 + 8 = 14
        JsonNode critical = ok(gm.post(adversaries + "/" + bandit + "/attacks", """
                {"targets": [{"character_id": "%s"}, {"character_id": "%s"}], "physical_results": [20, 5]}"""
                .formatted(sable, marlowe)), 201).json();
        assertAttack(critical, 20, 1, 21, true, "1d8+1", List.of(5), false);
        assertTarget(critical.at("/targets/0"), sable, 12, true, 14);
        assertTarget(critical.at("/targets/1"), marlowe, 12, true, 14);
        // one damage to both, from the roll: 14 against 7/14 is Severe (3 HP); Sable's Armor Slot makes it Major (2)
        List<JsonNode> both = items(ok(gm.post(dh + "/damage", """
                {"targets": [{"character_id": "%s", "mark_armor_slot": true}, {"character_id": "%s"}],
                 "attack_roll_seq": %d}""".formatted(sable, marlowe, critical.at("/roll_seq").asLong())), 200));
        assertThat(both).extracting(h -> tuple(h.at("/character_id").asString(), h.at("/amount").asInt(),
                        h.at("/severity").asString(), h.at("/hp_marks").asInt()))
                .containsExactly(tuple(sable, 14, "major", 2), tuple(marlowe, 14, "severe", 3));
        assertTracks2(both.get(0).at("/state"), 4, 2);
        assertTracks2(both.get(1).at("/state"), 4, 0);

        // --- the Bandit's thresholds, 8/14: 7 is Minor (1 HP), 8 Major (2), 14 Severe (3, but only 2 are left)
        assertThat(banditDamage(gm, adversaries, bandit, 7)).containsExactly("minor", 1, 1, false);
        assertThat(banditDamage(gm, adversaries, bandit, 8)).containsExactly("major", 2, 3, false);
        // SRD: an adversary that marks its last HP is defeated
        assertThat(banditDamage(gm, adversaries, bandit, 14)).containsExactly("severe", 2, 5, true);
        assertProblem(gm.post(adversaries + "/" + bandit + "/attacks", """
                {"targets": [{"character_id": "%s"}], "physical_results": [12, 4]}""".formatted(sable)), 409,
                "DAGGERHEART_ADVERSARY_DEFEATED", "adversary_id");

        // --- the GM's correction, from the values last seen; a stale client is refused
        assertProblem(gm.patch(adversaries + "/" + pack, """
                {"hp_marked": 2, "before": {"hp_marked": 1}}"""), 409, "DAGGERHEART_STATE_BEFORE_MISMATCH",
                "before.hp_marked");
        JsonNode corrected = ok(gm.patch(adversaries + "/" + pack, """
                {"hp_marked": 2, "before": {"hp_marked": 3}}"""), 200).json();
        assertTracks(corrected, "Zombie Pack", "horde", 2, 6, false);
        assertThat(corrected.at("/attack_reduced").asBoolean()).as("2 of 6 is less than half").isFalse();

        // --- the attack rolls of the horde, and whose damage was applied
        List<JsonNode> packAttacks = items(ok(sam.get(adversaries + "/" + pack + "/attacks"), 200));
        assertThat(packAttacks).extracting(r -> tuple(r.at("/roll_seq").asLong(), r.at("/total").asInt(),
                        r.at("/damage_dice/notation").asString(), r.at("/attack_reduced").asBoolean(),
                        r.at("/targets/0/damage").asInt(), r.at("/targets/0/damage_applied").asBoolean()))
                .containsExactly(tuple(biteRoll, 14, "1d10+2", false, 8, true),
                        tuple(weakBite.at("/roll_seq").asLong(), 12, "1d4+2", true, 5, true));

        // --- the GM takes a defeated Lackey off the table
        ok(gm.delete(adversaries + "/" + a), 204);
        assertThat(items(ok(gm.get(adversaries), 200))).extracting(v -> v.at("/adversary_id").asString())
                .containsExactly(b, lackeyC, d, pack, bandit);
        assertProblem(gm.get(adversaries + "/" + a), 404, "DAGGERHEART_ADVERSARY_NOT_FOUND", "adversary_id");
        assertProblem(gm.patch(adversaries + "/" + a, "{\"hp_marked\": 0}"), 404, "DAGGERHEART_ADVERSARY_NOT_FOUND");

        // --- the journal: attack rolls in the targets' own streams, the session's roll numbers in order
        assertThat(journal.payloads(sheetStream(c, sable), "sys.daggerheart.adversary_attack_resolved"))
                .extracting(p -> tuple(p.at("/roll_seq").asLong(), p.at("/hit").asBoolean(), p.at("/damage").asInt()))
                .containsExactly(tuple(biteRoll, true, 8), tuple(weakBite.at("/roll_seq").asLong(), true, 5),
                        tuple(critical.at("/roll_seq").asLong(), true, 14));
        assertThat(List.of(lackeyRoll, biteRoll, weakBite.at("/roll_seq").asLong(), miss.at("/roll_seq").asLong(),
                critical.at("/roll_seq").asLong())).containsExactly(1L, 2L, 3L, 4L, 5L);

        // --- the timeline: a stat block is the GM's, so players see that an adversary entered or was corrected, never
        //     its stat block; the fight itself (damage, conditions, attacks) is the whole table's
        assertThat(eventTypes(gm, base)).contains("sys.daggerheart.adversary_created",
                "sys.daggerheart.adversary_updated", "sys.daggerheart.adversary_damage_applied");
        assertThat(eventTypes(riley, base)).contains("sys.daggerheart.adversary_created",
                "sys.daggerheart.adversary_updated", "sys.daggerheart.adversary_damage_applied",
                "sys.daggerheart.adversary_attack_resolved");
        assertThat(summaries(gm, base, "sys.daggerheart.adversary_created"))
                .allSatisfy(summary -> assertThat(summary).contains("stat_block=", "difficulty="));
        assertThat(summaries(riley, base, "sys.daggerheart.adversary_created")).isNotEmpty()
                .allSatisfy(summary -> assertThat(summary).contains("name=", "type=")
                        .doesNotContain("stat_block", "difficulty", "attack_modifier", "thresholds"));
        assertThat(summaries(riley, base, "sys.daggerheart.adversary_updated")).isNotEmpty()
                .allSatisfy(summary -> assertThat(summary).contains("hp_marked=")
                        .doesNotContain("stat_block", "difficulty", "attack_modifier"));
        // the same seq names the same event for both: players' pages skip nothing of an adversary's
        assertThat(seqs(riley, base, "sys.daggerheart.adversary_created"))
                .isEqualTo(seqs(gm, base, "sys.daggerheart.adversary_created"));

        // --- the GM reveals the bandit's stat block: from now on the players read it, and the reveal is theirs too
        assertProblem(riley.post(adversaries + "/" + bandit + "/reveal", "{}"), 403, "AUTHZ_DENY_REQUIRES_GM");
        assertThat(ok(riley.get(adversaries + "/" + bandit), 200).json().at("/stat_block").isNull()).isTrue();
        JsonNode revealed = ok(gm.post(adversaries + "/" + bandit + "/reveal", "{}"), 200).json();
        assertThat(revealed.at("/revealed").asBoolean()).isTrue();
        JsonNode seen = ok(riley.get(adversaries + "/" + bandit), 200).json();
        assertThat(seen.at("/revealed").asBoolean()).isTrue();
        // SRD Jagged Knife Bandit: Difficulty 12, Thresholds 8/14, ATK +1, Daggers 1d8+1
        assertThat(seen.at("/stat_block/difficulty").asInt()).isEqualTo(12);
        assertThat(seen.at("/stat_block/thresholds/major").asInt()).isEqualTo(8);
        assertThat(seen.at("/attack_damage/notation").asString()).isEqualTo("1d8+1");
        assertThat(ok(riley.get(adversaries + "/" + lackeyC), 200).json().at("/stat_block").isNull())
                .as("only the revealed one").isTrue();
        assertThat(summaries(riley, base, "sys.daggerheart.adversary_revealed")).singleElement()
                .satisfies(summary -> assertThat(summary).contains("Jagged Knife Bandit", "difficulty=12"));
        assertProblem(gm.post(adversaries + "/" + bandit + "/reveal", "{}"), 409,
                "DAGGERHEART_ADVERSARY_ALREADY_REVEALED", "adversary_id");
    }

    private static List<String> summaries(Api caller, String base, String type) {
        return items(ok(caller.get(base + "/timeline?limit=200"), 200)).stream()
                .filter(i -> i.at("/event_type").asString().equals(type)).map(i -> i.at("/summary").asString())
                .toList();
    }

    private static List<Long> seqs(Api caller, String base, String type) {
        return items(ok(caller.get(base + "/timeline?limit=200"), 200)).stream()
                .filter(i -> i.at("/event_type").asString().equals(type)).map(i -> i.at("/seq").asLong()).toList();
    }

    private static List<String> eventTypes(Api caller, String base) {
        return items(ok(caller.get(base + "/timeline?limit=200"), 200)).stream()
                .map(i -> i.at("/event_type").asString()).toList();
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** The Bandit's severity, HP marked by the hit, HP marked after, and whether it is defeated. */
    private static List<Object> banditDamage(Api gm, String adversaries, String bandit, int amount) {
        JsonNode hit = ok(gm.post(adversaries + "/" + bandit + "/damage", """
                {"amount": %d, "damage_types": ["physical"]}""".formatted(amount)), 200).json();
        return List.of(hit.at("/damage/severity").asString(), hit.at("/damage/hp_marks").asInt(),
                hit.at("/adversary/hp_marked").asInt(), hit.at("/adversary/defeated").asBoolean());
    }

    private static void assertTracks(JsonNode adversary, String name, String type, int hpMarked, int hpMax,
                                     boolean defeated) {
        assertThat(List.of(adversary.at("/name").asString(), adversary.at("/type").asString(),
                adversary.at("/hp_marked").asInt(), adversary.at("/hp_max").asInt(),
                adversary.at("/defeated").asBoolean()))
                .as("name, type, hp_marked, hp_max, defeated in " + adversary)
                .containsExactly(name, type, hpMarked, hpMax, defeated);
    }

    /** A character's HP and Armor Slots marked. */
    private static void assertTracks2(JsonNode state, int hpMarked, int armorMarked) {
        assertThat(List.of(state.at("/hp_marked").asInt(), state.at("/armor_marked").asInt()))
                .as("hp_marked, armor_marked in " + state).containsExactly(hpMarked, armorMarked);
    }

    private static void assertAttack(JsonNode attack, int die, int modifier, int total, boolean critical,
                                     String damageDice, List<Integer> damageResults, boolean reduced) {
        assertThat(List.of(attack.at("/attack_die").asInt(), attack.at("/attack_modifier").asInt(),
                attack.at("/total").asInt(), attack.at("/critical").asBoolean(),
                attack.at("/damage_dice/notation").asString(), attack.at("/attack_reduced").asBoolean()))
                .as("attack_die, attack_modifier, total, critical, damage_dice, attack_reduced in " + attack)
                .containsExactly(die, modifier, total, critical, damageDice, reduced);
        assertThat(attack.at("/damage_results").valueStream().map(JsonNode::asInt).toList())
                .isEqualTo(damageResults);
    }

    private static void assertTarget(JsonNode target, String characterId, int evasion, boolean hit, int damage) {
        assertThat(List.of(target.at("/character_id").asString(), target.at("/evasion").asInt(),
                target.at("/hit").asBoolean(), target.at("/damage").asInt(), target.at("/damage_applied").asBoolean()))
                .as("character_id, evasion, hit, damage, damage_applied in " + target)
                .containsExactly(characterId, evasion, hit, damage, false);
    }

    private static List<JsonNode> items(Api.Response response) {
        return response.json().at("/items").valueStream().toList();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static String adversaryStream(String campaignId, String adversaryId) {
        return DaggerheartAdversaryId.of(CampaignId.of(campaignId), AdversaryId.of(adversaryId)).value();
    }

    private static String sheetStream(String campaignId, String characterId) {
        return DaggerheartCharacterId.of(CampaignId.of(campaignId), CharacterId.of(characterId)).value();
    }
}
