package dev.duality.app.session;

import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.ServiceIntegrationTest;
import dev.duality.core.dice.Dice;
import dev.duality.core.dice.DiceGroup;
import dev.duality.core.dice.DiceSpec;
import dev.duality.core.dice.RolledDie;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static dev.duality.app.support.Problems.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provably fair dice over HTTP: a session publishes the SHA-256 of its secret dice seed when it starts, plays server
 * rolls (a core roll, a Daggerheart action roll, an adversary's attack) and a physical one, and reveals the seed when
 * it ends. The test then does what any player could: checks the seed against the commitment and re-derives every
 * server roll's seed and dice itself (HMAC-SHA256 with the JDK's own classes, SplitMix64 as documented), and compares
 * them with what the service answered while playing; the audit endpoint must agree.
 */
@DualityIntegrationTest
class FairDiceIT extends ServiceIntegrationTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void aSessionCommitsToItsDiceAndAnyoneCanReRunEveryServerRollOnceItEnds() throws Exception {
        Api.Response created = ok(anonymous.createCampaign("Fair dice"), 201);
        String c = created.at("/campaign_id");
        String base = "/api/v1/campaigns/" + c;
        Api gm = anonymous.as(created.at("/access_token"));
        Api.Player seat = gm.readyDaggerheartPlayer(c, "Riley", "Sable");
        Api riley = seat.api();
        String sable = seat.characterId();

        // --- the start publishes the commitment, never the seed
        JsonNode started = ok(gm.post(base + "/sessions", "{\"name\": \"The ford\"}"), 201).json();
        String s = started.at("/session_id").asString();
        String commitment = started.at("/dice_commitment").asString();
        assertThat(commitment).matches("[0-9a-f]{64}");
        assertThat(started.at("/dice_seed").isNull()).isTrue();
        String session = base + "/sessions/" + s;

        // --- play: server rolls of three kinds, and the table's own dice
        List<JsonNode> serverRolls = new ArrayList<>();
        List<DiceSpec> specs = List.of(DiceSpec.of(1, new DiceGroup(2, 12), new DiceGroup(1, 6)),
                DiceSpec.of(0, new DiceGroup(3, 8)));
        serverRolls.add(ok(riley.post(session + "/rolls", """
                {"dice": [{"count": 2, "sides": 12}, {"count": 1, "sides": 6}], "modifier": 1}"""), 201).json());
        long physical = ok(riley.post(session + "/rolls", """
                {"dice": [{"count": 1, "sides": 20}], "physical_results": [17]}"""), 201).json()
                .at("/roll_seq").asLong();
        JsonNode action = ok(riley.post(base + "/daggerheart/sessions/" + s + "/action-rolls", """
                {"character_id": "%s", "trait": "agility", "difficulty": 12}""".formatted(sable)), 201).json();
        serverRolls.add(ok(riley.post(session + "/rolls", """
                {"dice": [{"count": 3, "sides": 8}]}"""), 201).json());

        // --- while the session plays: the rolls are listed, the seed and the re-runs are not
        JsonNode during = ok(riley.get(session + "/dice"), 200).json();
        assertThat(during.at("/dice_commitment").asString()).isEqualTo(commitment);
        assertThat(during.at("/dice_seed").isNull()).isTrue();
        assertThat(during.at("/verified").isNull()).isTrue();
        assertThat(during.at("/rolls")).hasSize(4);
        during.at("/rolls").forEach(roll -> assertThat(roll.at("/rerolled").isNull()).isTrue());
        assertThat(ok(riley.get(base + "/timeline?limit=200"), 200).text())
                .contains("dice_commitment=" + commitment).doesNotContain("dice_seed");

        // --- the end reveals the seed; its SHA-256 is the commitment
        ok(gm.post(session + "/end", "{}"), 200);
        JsonNode ended = ok(riley.get(session), 200).json();
        String seed = ended.at("/dice_seed").asString();
        assertThat(seed).matches("[0-9a-f]{64}");
        assertThat(HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(HEX.parseHex(seed))))
                .isEqualTo(commitment);

        // --- anyone re-derives every server roll from the seed and gets what the service answered in play
        for (int i = 0; i < serverRolls.size(); i++) {
            JsonNode roll = serverRolls.get(i);
            long seq = roll.at("/roll_seq").asLong();
            long derived = rollSeed(seed, s, seq);
            assertThat(roll.at("/seed").asString()).isEqualTo(Long.toUnsignedString(derived));
            DiceSpec spec = specs.get(i);
            assertThat(roll.at("/notation").asString()).isEqualTo(spec.notation());
            List<Integer> answered = new ArrayList<>();
            roll.at("/results").forEach(die -> answered.add(die.at("/value").asInt()));
            assertThat(values(Dice.roll(spec, derived))).as("roll " + seq).isEqualTo(answered);
        }
        // the action roll's Hope and Fear dice are the first two dice of its session roll
        long actionSeq = action.at("/roll_seq").asLong();
        List<Integer> duality = values(Dice.roll(DiceSpec.of(0, new DiceGroup(2, 12)), rollSeed(seed, s, actionSeq)));
        assertThat(duality).containsExactly(action.at("/hope_die").asInt(), action.at("/fear_die").asInt());

        // --- the audit endpoint agrees, roll by roll
        JsonNode audit = ok(riley.get(session + "/dice"), 200).json();
        assertThat(audit.at("/derivation").asString()).isEqualTo("hmac-sha256-v1");
        assertThat(audit.at("/algorithm").asString()).isEqualTo("splitmix64-v1");
        assertThat(audit.at("/dice_seed").asString()).isEqualTo(seed);
        assertThat(audit.at("/seed_matches_commitment").asBoolean()).isTrue();
        assertThat(audit.at("/verified").asBoolean()).isTrue();
        assertThat(audit.at("/rolls")).hasSize(4);
        for (JsonNode roll : audit.at("/rolls")) {
            if (roll.at("/roll_seq").asLong() == physical) {
                assertThat(roll.at("/mode").asString()).isEqualTo("physical");
                assertThat(roll.at("/verified").isNull()).isTrue();
            } else {
                assertThat(roll.at("/verified").asBoolean()).as(roll.toString()).isTrue();
                assertThat(roll.at("/derived_seed").asString()).isEqualTo(roll.at("/seed").asString())
                        .isEqualTo(Long.toUnsignedString(rollSeed(seed, s, roll.at("/roll_seq").asLong())));
                assertThat(roll.at("/rerolled")).isEqualTo(roll.at("/results"));
            }
        }
        assertThat(ok(riley.get(base + "/timeline?limit=200"), 200).text()).contains("dice_seed=" + seed);
    }

    /** The documented derivation, written here again with the JDK's classes only. */
    private static long rollSeed(String seed, String sessionId, long rollSeq) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HEX.parseHex(seed), "HmacSHA256"));
        return ByteBuffer.wrap(mac.doFinal((sessionId + ":" + rollSeq).getBytes(StandardCharsets.UTF_8))).getLong();
    }

    private static List<Integer> values(dev.duality.core.dice.DiceRoll roll) {
        return roll.results().stream().map(RolledDie::value).toList();
    }
}
